import { formatMoney, type Locale } from "@tiwizi/locale"
import { getTranslations } from "next-intl/server"
import { formatAuctionDate } from "@/lib/auction-time"
import type { VendorAuctionLot } from "@/lib/auction-types"
import { bidCountText, headlinePrice } from "@/lib/auction-view"

/**
 * One of the cooperative's lots in the portal: its status, the price that stands (the hammer
 * price once sold), its bids, its reserve and whether it was met, when it starts or ends, and
 * whether the buyer paid. Big, plain lines for a phone.
 */
export async function VendorLotCard({ lot, locale }: { lot: VendorAuctionLot; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Auctions" })
  const money = (amount: number) => formatMoney(amount, lot.currency_code, locale)
  const price = headlinePrice(lot)
  const priceLabel = price.key === "hammer" ? t("portal.hammer") : price.key === "starting" ? t("portal.starting") : t("portal.current")
  const titleId = `lot-${lot.id}`
  const when =
    lot.phase === "upcoming"
      ? t("time.startsOn", { label: formatAuctionDate(lot.starts_at, locale) })
      : lot.phase === "live"
        ? t("time.endsOn", { label: formatAuctionDate(lot.ends_at, locale) })
        : null
  return (
    <li>
      <article aria-labelledby={titleId} className="rounded-2xl bg-white p-4 ring-1 ring-clay" data-testid="vendor-lot">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id={titleId} className="text-lg font-bold">
            {lot.product.title}
          </h2>
          <span className="rounded-full bg-wool px-3 py-1 text-sm font-semibold">{t(`portal.status.${lot.status}`)}</span>
        </div>
        <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-2 text-sm">
          <div>
            <dt className="text-muted">{priceLabel}</dt>
            <dd className="text-base font-semibold">
              <bdi className="tabular-nums">{money(price.amount)}</bdi>
            </dd>
          </div>
          <div>
            <dt className="text-muted">{t("portal.reserve")}</dt>
            <dd className="font-semibold">
              {lot.reserve_price === null ? (
                t("portal.noReserve")
              ) : (
                <>
                  <bdi className="tabular-nums">{money(lot.reserve_price)}</bdi>
                  <span className="block font-normal">{lot.reserve_met ? t("portal.reserveMet") : t("portal.reserveNotMet")}</span>
                </>
              )}
            </dd>
          </div>
        </dl>
        <p className="mt-2 text-sm">{bidCountText(lot.bid_count, t, locale)}</p>
        {when && <p className="text-sm">{when}</p>}
        {lot.offer_status && <p className="mt-2 font-semibold">{t(`portal.offer.${lot.offer_status}`)}</p>}
      </article>
    </li>
  )
}
