import { formatMoney, type Locale } from "@tiwizi/locale"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { formatAuctionDate } from "@/lib/auction-time"
import type { AuctionSummary } from "@/lib/auction-types"
import { headlinePrice } from "@/lib/auction-view"
import { localePath } from "@/lib/locale-path"
import { GavelIcon } from "./gavel-icon"

/**
 * Said on a product's page instead of "add to cart" while a lot holds the piece: it is at
 * auction, the price that stands there, and the way to the lot.
 */
export async function OnAuction({ lot, locale }: { lot: AuctionSummary; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Auctions" })
  const price = headlinePrice(lot)
  return (
    <section aria-labelledby="on-auction" className="space-y-3 rounded-2xl bg-wool p-5 ring-1 ring-clay/70" data-testid="on-auction">
      <h2 id="on-auction" className="flex items-center gap-2 text-lg font-semibold">
        <GavelIcon className="text-terracotta-dark" />
        {t("onAuction.title")}
      </h2>
      <p>{t("onAuction.body")}</p>
      <p>
        <span className="text-sm text-muted">{t(`price.${price.key}`)}</span>{" "}
        <bdi className="font-semibold tabular-nums">{formatMoney(price.amount, lot.currency_code, locale)}</bdi>
      </p>
      {lot.phase === "upcoming" && <p className="text-sm">{t("onAuction.upcoming", { label: formatAuctionDate(lot.starts_at, locale) })}</p>}
      <Link
        href={localePath(locale, `/auctions/${lot.id}`)}
        className="inline-flex min-h-12 items-center justify-center rounded-full bg-terracotta-dark px-6 font-semibold text-sand hover:bg-ink"
      >
        {t("onAuction.link")}
      </Link>
    </section>
  )
}
