import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { ReactNode } from "react"
import { GavelIcon } from "@/components/auction/gavel-icon"
import { BoxIcon, HomeIcon, TagIcon, UserIcon } from "@/components/portal/portal-icons"
import { PortalHeader } from "@/components/portal/portal-header"
import { PortalTabs } from "@/components/portal/portal-tabs"
import { localeFromParam } from "@/i18n/locale-param"
import { getPortalSession } from "@/lib/data/vendor"
import { localePath } from "@/lib/locale-path"

// A cooperative's pages are its own: none of them (login forms included) belongs in a search
// engine. Declared once here, every page below inherits it.
export const metadata: Metadata = { robots: { index: false, follow: false } }

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

/**
 * The cooperative portal's frame, apart from the shop's: a slim header, the page, and for a
 * member of an approved cooperative the bottom tab bar. The session is the request's cached one,
 * which the page reads too (one backend call).
 */
export default async function PortalLayout({ children, params }: Props) {
  const locale = localeFromParam((await params).locale)
  setRequestLocale(locale)
  const [session, t, tAuctions] = await Promise.all([
    getPortalSession(),
    getTranslations({ locale, namespace: "Portal.tabs" }),
    getTranslations({ locale, namespace: "Auctions.nav" }),
  ])
  const approved = session?.cooperative?.status === "approved"
  const tabs = [
    { href: localePath(locale, "/cooperative"), label: t("home"), icon: <HomeIcon width={24} height={24} /> },
    { href: localePath(locale, "/cooperative/listings"), label: t("listings"), icon: <TagIcon width={24} height={24} /> },
    { href: localePath(locale, "/cooperative/orders"), label: t("orders"), icon: <BoxIcon width={24} height={24} /> },
    { href: localePath(locale, "/cooperative/auctions"), label: tAuctions("portal"), icon: <GavelIcon width={24} height={24} /> },
    { href: localePath(locale, "/cooperative/profile"), label: t("profile"), icon: <UserIcon width={24} height={24} /> },
  ]
  return (
    <>
      <PortalHeader locale={locale} loggedIn={session !== null} />
      <main id="main" className={`flex-1 ${approved ? "pb-20" : ""}`}>
        {children}
      </main>
      {approved && <PortalTabs tabs={tabs} label={t("label")} />}
    </>
  )
}
