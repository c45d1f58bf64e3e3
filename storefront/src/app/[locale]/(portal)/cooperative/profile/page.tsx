import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { BankSection } from "@/components/portal/bank-section"
import { ImagesSection } from "@/components/portal/images-section"
import { MembersSection } from "@/components/portal/members-section"
import { PageHeading } from "@/components/portal/page-heading"
import { UserIcon } from "@/components/portal/portal-icons"
import { PublicPageSection } from "@/components/portal/public-page-section"
import { SessionsSection } from "@/components/portal/sessions-section"
import { localeFromParam } from "@/i18n/locale-param"
import { requireApprovedMember } from "@/lib/data/vendor"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeFromParam((await params).locale)
  const t = await getTranslations({ locale, namespace: "Portal.meta" })
  return { title: t("profile") }
}

/** The cooperative's profile: its public page, pictures, bank details, members, and this member's sessions. */
export default async function PortalProfilePage({ params }: Props) {
  const locale = localeFromParam((await params).locale)
  setRequestLocale(locale)
  const { member, cooperative } = await requireApprovedMember(locale, "/cooperative/profile")
  const t = await getTranslations({ locale, namespace: "Portal.profile" })
  return (
    <div className="mx-auto max-w-3xl space-y-6 px-4 pb-10 pt-6">
      <PageHeading icon={<UserIcon width={24} height={24} />} title={t("title")} intro={cooperative.name} />
      <PublicPageSection locale={locale} cooperative={cooperative} />
      <ImagesSection locale={locale} cooperative={cooperative} />
      <BankSection locale={locale} cooperative={cooperative} member={member} />
      <MembersSection locale={locale} cooperative={cooperative} member={member} />
      <SessionsSection locale={locale} member={member} />
    </div>
  )
}
