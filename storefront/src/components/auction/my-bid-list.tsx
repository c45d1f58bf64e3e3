import { formatMoney, type Locale } from "@tiwizi/locale"
import Image from "next/image"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { auctionStanding } from "@/lib/auction-standing"
import { formatTimeLeft, msUntilAt } from "@/lib/auction-time"
import type { MyAuctionLot } from "@/lib/auction-types"
import { headlinePrice } from "@/lib/auction-view"
import { localePath } from "@/lib/locale-path"
import { OfferPanel } from "./offer-panel"

/**
 * The lots a customer bid on, one card each: the piece, where they stand (winning, outbid, won,
 * lost), their highest bid and maximum against the price that stands, the time left, and the
 * offer to pay when they won.
 */
export async function MyBidList({ lots, serverTime, locale }: { lots: MyAuctionLot[]; serverTime: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Auctions" })
  return (
    <ul className="space-y-4" data-testid="my-bids">
      {lots.map((lot) => {
        const money = (amount: number) => formatMoney(amount, lot.currency_code, locale)
        const standing = auctionStanding({ phase: lot.phase, status: lot.status, hasBid: true, leading: lot.leading, reserveMet: lot.reserve_met, offer: lot.offer })
        const price = headlinePrice(lot)
        const winning = standing === "winning" || standing === "won" || standing === "paid"
        return (
          <li key={lot.id} className="space-y-4 rounded-2xl bg-wool p-4 ring-1 ring-clay/70">
            <div className="flex gap-4">
              <div className="relative size-20 shrink-0 overflow-hidden rounded-xl bg-clay">
                {lot.product.thumbnail && <Image src={lot.product.thumbnail} alt="" fill sizes="80px" className="object-cover" />}
              </div>
              <div className="min-w-0 flex-1 space-y-1">
                <h2 className="font-semibold">
                  <Link href={localePath(locale, `/auctions/${lot.id}`)} className="underline-offset-4 hover:underline">
                    {lot.product.title}
                  </Link>
                </h2>
                {standing && (
                  <p className={`inline-block rounded-full px-2.5 py-0.5 text-sm font-semibold ${winning ? "bg-olive text-sand" : "bg-terracotta-dark text-sand"}`}>
                    {t(`standing.${standing}`)}
                  </p>
                )}
                {lot.phase === "live" && (
                  <p className="text-sm">
                    {t("time.endsIn")} {formatTimeLeft(msUntilAt(lot.ends_at, serverTime), locale)}
                  </p>
                )}
              </div>
            </div>
            <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-3">
              <div>
                <dt className="text-muted">{t("myBids.myHighest")}</dt>
                <dd className="font-semibold">
                  <bdi className="tabular-nums">{money(lot.my_highest_bid)}</bdi>
                </dd>
              </div>
              {lot.my_max !== null && (
                <div>
                  <dt className="text-muted">{t("myBids.myMax")}</dt>
                  <dd className="font-semibold">
                    <bdi className="tabular-nums">{money(lot.my_max)}</bdi>
                  </dd>
                </div>
              )}
              <div>
                <dt className="text-muted">{t(price.key === "hammer" ? "myBids.hammer" : `price.${price.key}`)}</dt>
                <dd className="font-semibold">
                  <bdi className="tabular-nums">{money(price.amount)}</bdi>
                </dd>
              </div>
            </dl>
            {lot.offer && <OfferPanel lotId={lot.id} offer={lot.offer} currency={lot.currency_code} locale={locale} headingLevel={3} />}
          </li>
        )
      })}
    </ul>
  )
}
