import type { Locale } from "@tiwizi/locale"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { getAuthToken } from "@/lib/data/auth"
import { getCustomer } from "@/lib/data/customer"
import { localePath } from "@/lib/locale-path"

function PersonIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
      <circle cx="12" cy="8" r="4" />
      <path d="M4 20c1.5-3.5 4.5-5 8-5s6.5 1.5 8 5" />
    </svg>
  )
}

/**
 * The header's account link: "Se connecter" for a visitor, the customer's first name once they
 * are logged in. Only a visitor with a login cookie costs a backend call (the customer's name,
 * shared with the page through React's request cache).
 */
export async function AccountLink({ locale }: { locale: Locale }) {
  const [t, token] = await Promise.all([getTranslations({ locale, namespace: "Account" }), getAuthToken()])
  const customer = token ? await getCustomer() : null
  if (!customer) {
    return (
      <Link href={localePath(locale, "/account/login")} className="inline-flex min-h-11 items-center gap-2 rounded-full px-3 font-medium hover:bg-wool">
        <PersonIcon />
        <span className="sr-only sm:not-sr-only">{t("header.login")}</span>
      </Link>
    )
  }
  const name = customer.first_name?.trim()
  return (
    <Link
      href={localePath(locale, "/account")}
      aria-label={name ? t("header.account", { name }) : t("nav.label")}
      className="inline-flex min-h-11 items-center gap-2 rounded-full px-3 font-medium hover:bg-wool"
    >
      <PersonIcon />
      <span className="max-w-28 truncate">{name || t("nav.label")}</span>
    </Link>
  )
}
