import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { ListingCounts } from "@/components/portal/listing-counts"
import { MoneySection } from "@/components/portal/money-section"
import { PageHeading } from "@/components/portal/page-heading"
import { HomeIcon, PlusIcon } from "@/components/portal/portal-icons"
import { TodoSection } from "@/components/portal/todo-section"
import { localeFromParam } from "@/i18n/locale-param"
import { requireApprovedMember } from "@/lib/data/vendor"
import { getVendorSummary } from "@/lib/data/vendor-cooperative"
import { localePath } from "@/lib/locale-path"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeFromParam((await params).locale)
  const t = await getTranslations({ locale, namespace: "Portal.meta" })
  return { title: t("home") }
}

/** The portal's home: the big "new listing" button, what needs doing now, the money, the listings by state. */
export default async function PortalHomePage({ params }: Props) {
  const locale = localeFromParam((await params).locale)
  setRequestLocale(locale)
  const { member, cooperative } = await requireApprovedMember(locale, "/cooperative")
  const [t, summary] = await Promise.all([getTranslations({ locale, namespace: "Portal.home" }), getVendorSummary()])
  return (
    <div className="mx-auto max-w-3xl space-y-6 px-4 pb-10 pt-6">
      <PageHeading icon={<HomeIcon width={24} height={24} />} title={cooperative.name} intro={member.first_name ? t("greeting", { name: member.first_name }) : undefined} />
      <Link
        href={localePath(locale, "/cooperative/listings/new")}
        className="flex min-h-14 w-full items-center justify-center gap-2 rounded-2xl bg-terracotta px-6 text-lg font-semibold text-sand hover:bg-terracotta-dark"
      >
        <PlusIcon width={24} height={24} />
        {t("newListing")}
      </Link>
      <TodoSection locale={locale} summary={summary} />
      <MoneySection locale={locale} summary={summary} />
      <ListingCounts locale={locale} counts={summary.listings} />
    </div>
  )
}
