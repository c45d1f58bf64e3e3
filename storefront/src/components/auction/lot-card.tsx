import { formatMoney, type Locale } from "@tiwizi/locale"
import Image from "next/image"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { formatAuctionDate, formatTimeLeft, msUntilAt } from "@/lib/auction-time"
import type { AuctionSummary } from "@/lib/auction-types"
import { bidCountText, headlinePrice } from "@/lib/auction-view"
import { localePath } from "@/lib/locale-path"

type Props = { lot: AuctionSummary; serverTime: string; locale: Locale; preload?: boolean }

/**
 * One lot in a list: picture, title, cooperative, the price that stands (the hammer price once
 * sold) and its number of bids, and when it ends or starts. The time left is the server's, as
 * of this page; the lot's own page counts it down.
 */
export async function LotCard({ lot, serverTime, locale, preload = false }: Props) {
  const t = await getTranslations({ locale, namespace: "Auctions" })
  const price = headlinePrice(lot)
  const when =
    lot.phase === "live"
      ? `${t("time.endsIn")} ${formatTimeLeft(msUntilAt(lot.ends_at, serverTime), locale)}`
      : lot.phase === "upcoming"
        ? t("time.startsOn", { label: formatAuctionDate(lot.starts_at, locale) })
        : null
  return (
    <article className="group relative flex w-full flex-col overflow-hidden rounded-2xl bg-wool ring-1 ring-clay/60 transition hover:shadow-md">
      <div className="relative aspect-[4/5] overflow-hidden bg-clay">
        {lot.product.thumbnail && (
          <Image
            src={lot.product.thumbnail}
            alt={lot.product.title}
            fill
            preload={preload}
            sizes="(min-width: 1024px) 280px, (min-width: 640px) 33vw, 50vw"
            className="object-cover transition duration-300 group-hover:scale-[1.03]"
          />
        )}
        <span className="absolute start-2 top-2 rounded-full bg-sand/95 px-2.5 py-1 text-xs font-semibold">{t(`phase.${lot.phase}`)}</span>
      </div>
      <div className="flex flex-1 flex-col gap-1 p-3">
        <h3 className="line-clamp-2 text-[0.95rem] font-medium leading-snug">
          <Link href={localePath(locale, `/auctions/${lot.id}`)} className="after:absolute after:inset-0">
            {lot.product.title}
          </Link>
        </h3>
        {lot.cooperative && <p className="truncate text-sm text-muted">{lot.cooperative.name}</p>}
        <p className="mt-auto pt-1 text-sm text-muted">{t(`price.${price.key}`)}</p>
        <p className="font-semibold text-terracotta-dark">
          <bdi className="tabular-nums">{formatMoney(price.amount, lot.currency_code, locale)}</bdi>
        </p>
        <p className="text-sm">{bidCountText(lot.bid_count, t, locale)}</p>
        {when && <p className="text-sm font-medium">{when}</p>}
      </div>
    </article>
  )
}

/** Lots as a responsive grid: two columns on a phone, up to four on a desktop. */
export function LotGrid({ lots, serverTime, locale, preloadFirst = 0 }: { lots: AuctionSummary[]; serverTime: string; locale: Locale; preloadFirst?: number }) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 lg:grid-cols-4" data-testid="lot-grid">
      {lots.map((lot, index) => (
        <li key={lot.id} className="flex">
          <LotCard lot={lot} serverTime={serverTime} locale={locale} preload={index < preloadFirst} />
        </li>
      ))}
    </ul>
  )
}
