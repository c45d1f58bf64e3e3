import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { AccountShell } from "@/components/account/account-shell"
import { MyBidList } from "@/components/auction/my-bid-list"
import { localeFromParam } from "@/i18n/locale-param"
import { listMyAuctionBids } from "@/lib/data/auctions"
import { requireCustomer } from "@/lib/data/customer"
import { localePath } from "@/lib/locale-path"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeFromParam((await params).locale)
  const t = await getTranslations({ locale, namespace: "Auctions.meta" })
  return { title: t("myBids") }
}

/** "My bids": every lot the customer bid on, where they stand, and the offers they have to pay. */
export default async function MyBidsPage({ params }: Props) {
  const locale = localeFromParam((await params).locale)
  setRequestLocale(locale)
  await requireCustomer(locale, localePath(locale, "/account/bids"))
  const [t, { lots, server_time }] = await Promise.all([getTranslations({ locale, namespace: "Auctions.myBids" }), listMyAuctionBids(locale)])
  return (
    <AccountShell locale={locale} current="bids">
      <h1 className="mb-6 text-3xl font-bold tracking-tight">{t("title")}</h1>
      {lots.length > 0 ? (
        <MyBidList lots={lots} serverTime={server_time} locale={locale} />
      ) : (
        <div className="rounded-2xl bg-wool p-6">
          <p>{t("empty")}</p>
          <Link href={localePath(locale, "/auctions")} className="mt-2 inline-flex min-h-11 items-center font-semibold text-terracotta-dark underline underline-offset-4">
            {t("browse")}
          </Link>
        </div>
      )}
    </AccountShell>
  )
}
