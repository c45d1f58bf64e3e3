import type { Locale } from "@tiwizi/locale"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { Suspense } from "react"
import { Mark } from "@/components/icons"
import { LocaleSwitcher } from "@/components/locale-switcher"
import { logout } from "@/lib/actions/portal"
import { localePath } from "@/lib/locale-path"
import { GlobeIcon, LogoutIcon } from "./portal-icons"

/**
 * The portal's slim header: the Tiwizi mark naming the cooperative space, the languages (same
 * page in another language), and the logout button for a logged-in member (a server action, so
 * it works without JavaScript). None of the shop's navigation: members come here to work.
 */
export async function PortalHeader({ locale, loggedIn }: { locale: Locale; loggedIn: boolean }) {
  const t = await getTranslations({ locale, namespace: "Portal.header" })
  return (
    <header className="border-b border-clay bg-sand">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-20 focus:rounded focus:bg-ink focus:px-3 focus:py-2 focus:text-sand">
        {t("skip")}
      </a>
      <div className="mx-auto flex max-w-3xl items-center gap-1 px-2 py-1.5 sm:px-4">
        <Link href={localePath(locale, "/cooperative")} className="me-auto flex min-h-11 items-center gap-2 rounded-xl pe-2">
          <Mark width={28} height={28} />
          <span className="leading-tight">
            <span className="block font-bold">Tiwizi</span>
            <span className="block text-xs text-muted">{t("space")}</span>
          </span>
        </Link>
        <GlobeIcon className="text-muted" />
        <Suspense fallback={<span className="min-h-11" />}>
          <LocaleSwitcher current={locale} label={t("language")} />
        </Suspense>
        {loggedIn && (
          <form action={logout}>
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className="inline-flex min-h-11 min-w-11 items-center justify-center gap-1.5 rounded-full px-2 text-sm font-medium text-terracotta-dark hover:bg-wool">
              <LogoutIcon />
              <span className="sr-only sm:not-sr-only">{t("logout")}</span>
            </button>
          </form>
        )}
      </div>
    </header>
  )
}
