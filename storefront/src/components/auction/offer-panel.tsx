import { formatMoney, type Locale } from "@tiwizi/locale"
import { getTranslations } from "next-intl/server"
import { payOffer } from "@/lib/actions/auctions"
import { formatAuctionDate } from "@/lib/auction-time"
import type { AuctionOffer } from "@/lib/auction-types"

type Props = { lotId: string; offer: AuctionOffer; currency: string; locale: Locale; headingLevel?: 2 | 3 }

/**
 * The winner's (or the second bidder's) purchase: the amount, the date to pay by in Moroccan
 * time, and the button that opens the checkout with the cart made for the offer. Once paid or
 * past its date, it says so.
 */
export async function OfferPanel({ lotId, offer, currency, locale, headingLevel = 2 }: Props) {
  const t = await getTranslations({ locale, namespace: "Auctions.offer" })
  const Heading = `h${headingLevel}` as const
  return (
    <section aria-labelledby={`offer-${lotId}`} className="space-y-3 rounded-2xl bg-olive/10 p-5 ring-1 ring-olive/40" data-testid="offer-panel">
      <Heading id={`offer-${lotId}`} className="font-semibold">
        {t("title")}
      </Heading>
      {offer.status === "open" ? (
        <>
          {offer.kind === "second_chance" && <p>{t("secondChance")}</p>}
          <p>{t("amount", { price: formatMoney(offer.amount, currency, locale) })}</p>
          <p className="font-semibold">{t("payBy", { label: formatAuctionDate(offer.due_at, locale) })}</p>
          <form action={payOffer}>
            <input type="hidden" name="lot_id" value={lotId} />
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className="inline-flex min-h-12 items-center justify-center rounded-full bg-terracotta-dark px-6 font-semibold text-sand hover:bg-ink">
              {t("pay")}
            </button>
          </form>
        </>
      ) : (
        <p>{offer.status === "paid" ? t("paid") : offer.status === "expired" ? t("expired") : t("unavailable")}</p>
      )}
    </section>
  )
}
