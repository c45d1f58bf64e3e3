import type { Locale } from "@tiwizi/locale"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import { logout } from "@/lib/actions/account"
import { localePath } from "@/lib/locale-path"

type Section = "overview" | "orders" | "bids" | "addresses" | "profile"
type Props = { locale: Locale; current: Section; children: ReactNode }

const sections: { key: Section; path: string }[] = [
  { key: "overview", path: "/account" },
  { key: "orders", path: "/account/orders" },
  { key: "bids", path: "/account/bids" },
  { key: "addresses", path: "/account/addresses" },
  { key: "profile", path: "/account/profile" },
]

/**
 * The frame of the pages behind the login: the account's sections and the logout button (a
 * server action, so it works without JavaScript). Tabs that wrap on a phone (none hidden off
 * screen), a column beside the page from medium screens up.
 */
export async function AccountShell({ locale, current, children }: Props) {
  const [t, tAuctions] = await Promise.all([
    getTranslations({ locale, namespace: "Account.nav" }),
    getTranslations({ locale, namespace: "Auctions.nav" }),
  ])
  return (
    <div className="mx-auto max-w-5xl px-4 pb-16 pt-6 md:flex md:gap-10 md:pt-10">
      <nav aria-label={t("label")} className="mb-6 shrink-0 md:w-48">
        <ul className="flex flex-wrap gap-1 md:flex-col">
          {sections.map((section) => (
            <li key={section.key} className="shrink-0">
              <Link
                href={localePath(locale, section.path)}
                aria-current={section.key === current ? "page" : undefined}
                className="inline-flex min-h-11 w-full items-center rounded-full px-4 font-medium text-ink/85 hover:bg-wool aria-[current=page]:bg-wool aria-[current=page]:text-ink md:rounded-xl"
              >
                {section.key === "bids" ? tAuctions("account") : t(section.key)}
              </Link>
            </li>
          ))}
          <li className="shrink-0 md:mt-4 md:border-t md:border-clay md:pt-4">
            <form action={logout}>
              <input type="hidden" name="locale" value={locale} />
              <button type="submit" className="inline-flex min-h-11 w-full items-center rounded-full px-4 font-medium text-terracotta-dark hover:bg-wool md:rounded-xl">
                {t("logout")}
              </button>
            </form>
          </li>
        </ul>
      </nav>
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  )
}
