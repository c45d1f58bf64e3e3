import { formatMoney, type Locale } from "@tiwizi/locale"
import { emailButton, emailHtml, escapeHtml, type RenderedEmail } from "./email-layout"
import type { OfferRow } from "./auction-offer"
import { storefrontLink } from "./storefront-link"

/** The template name of the email telling a customer that the time to pay their offer has passed. */
export const AUCTION_OFFER_EXPIRED = "auction-offer-expired"

/** What the expiry email says: which lot, the amount that was offered, the lot's page. */
export type AuctionOfferExpiredData = { offer_id: string; lot_id: string; title: string; amount: number; currency_code: string; url: string }

type Texts = { subject: (title: string) => string; intro: (amount: string) => string; next: string; action: string }

const texts: Record<Locale, Texts> = {
  fr: {
    subject: (t) => `Le délai pour payer « ${t} » est passé`,
    intro: (a) => `Le délai pour payer la pièce à ${a} est passé : l'offre a expiré et ne peut plus être payée.`,
    next: "La pièce peut maintenant être proposée à une autre personne qui a enchéri.",
    action: "Voir l'enchère",
  },
  ar: {
    subject: (t) => `انقضى أجل أداء ثمن «${t}»`,
    intro: (a) => `انقضى أجل أداء ثمن القطعة بمبلغ ${a}: انتهت صلاحية العرض ولم يعد بالإمكان أداؤه.`,
    next: "قد تُعرض القطعة الآن على مزايد آخر.",
    action: "عرض المزاد",
  },
  en: {
    subject: (t) => `The time to pay for “${t}” has passed`,
    intro: (a) => `The time to pay for the piece at ${a} has passed: the offer has expired and can no longer be paid.`,
    next: "The piece may now be offered to another bidder.",
    action: "See the auction",
  },
}

/** What the expiry email of `offer` shows to its customer reading `locale`. */
export function auctionOfferExpiredData(offer: OfferRow, title: string, locale: Locale): AuctionOfferExpiredData {
  return {
    offer_id: offer.id,
    lot_id: offer.lot.id,
    title,
    amount: Number(offer.amount),
    currency_code: offer.lot.currency_code,
    url: storefrontLink(locale, `/auctions/${offer.lot.id}`),
  }
}

/** The expiry email: the time to pay has passed, the piece may go to another bidder, a button to the lot's page. */
export function renderAuctionOfferExpired(locale: Locale, data: AuctionOfferExpiredData): RenderedEmail {
  const t = texts[locale]
  const subject = t.subject(data.title)
  const intro = t.intro(formatMoney(data.amount, data.currency_code, locale))
  const text = [intro, t.next, "", `${t.action}: ${data.url}`].join("\n")
  const body = [
    `<h1 style="font-size:22px;margin:0 0 16px">${escapeHtml(subject)}</h1>`,
    `<p>${escapeHtml(intro)}</p>`,
    `<p>${escapeHtml(t.next)}</p>`,
    emailButton(data.url, t.action),
  ].join("\n")
  return { subject, text, html: emailHtml(locale, subject, body) }
}
