import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { GavelIcon } from "@/components/auction/gavel-icon"
import { VendorLotCard } from "@/components/auction/vendor-lot-card"
import { PageHeading } from "@/components/portal/page-heading"
import { localeFromParam } from "@/i18n/locale-param"
import { listVendorAuctions } from "@/lib/data/vendor-auctions"
import { requireApprovedMember } from "@/lib/data/vendor"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeFromParam((await params).locale)
  const t = await getTranslations({ locale, namespace: "Auctions.meta" })
  return { title: t("portal") }
}

/**
 * The cooperative's lots and their results: staff put its pieces up for auction; here its
 * members follow them (status, price, bids, reserve met or not) and see whether the buyer paid.
 */
export default async function PortalAuctionsPage({ params }: Props) {
  const locale = localeFromParam((await params).locale)
  setRequestLocale(locale)
  await requireApprovedMember(locale, "/cooperative/auctions")
  const [t, lots] = await Promise.all([getTranslations({ locale, namespace: "Auctions.portal" }), listVendorAuctions(locale)])
  return (
    <div className="mx-auto max-w-3xl px-4 pb-10 pt-6">
      <PageHeading icon={<GavelIcon width={24} height={24} />} title={t("title")} intro={t("intro")} />
      {lots.length === 0 ? (
        <p className="rounded-2xl bg-wool p-6 text-center ring-1 ring-clay/70">{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {lots.map((lot) => (
            <VendorLotCard key={lot.id} lot={lot} locale={locale} />
          ))}
        </ul>
      )}
    </div>
  )
}
