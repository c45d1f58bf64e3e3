import { formatMoney, intlTagOf, type Locale } from "@tiwizi/locale"
import { emailButton, emailHtml, escapeHtml, type RenderedEmail } from "./email-layout"
import { storefrontLink } from "./storefront-link"

/** The template name of the email offering a lot to pay: to its winner, or to the next bidder. */
export const AUCTION_OFFER = "auction-offer"

/** Due dates are written as Moroccan time: the market's and the shop's. */
const TIME_ZONE = "Africa/Casablanca"

/** What the offer email says; `url` is the lot's page, from which the customer goes to pay. */
export type AuctionOfferData = {
  offer_id: string
  lot_id: string
  kind: "winner" | "second_chance"
  title: string
  amount: number
  currency_code: string
  due_at: string
  url: string
}

type Texts = {
  subject: Record<AuctionOfferData["kind"], (title: string) => string>
  intro: Record<AuctionOfferData["kind"], (amount: string) => string>
  due: (date: string) => string
  expiry: string
  action: string
}

const texts: Record<Locale, Texts> = {
  fr: {
    subject: { winner: (t) => `Vous avez remporté « ${t} »`, second_chance: (t) => `« ${t} » vous est proposé` },
    intro: {
      winner: (a) => `Félicitations : l'enchère est close et vous l'emportez à ${a}.`,
      second_chance: (a) => `La personne qui avait remporté cette enchère n'a pas payé. La pièce vous est proposée à votre enchère : ${a}.`,
    },
    due: (d) => `Payez avant le ${d}.`,
    expiry: "Passé ce délai, la pièce est proposée à la personne suivante.",
    action: "Payer maintenant",
  },
  ar: {
    subject: { winner: (t) => `فزت بـ«${t}»`, second_chance: (t) => `نعرض عليك «${t}»` },
    intro: {
      winner: (a) => `تهانينا: انتهى المزاد وفزت به بمبلغ ${a}.`,
      second_chance: (a) => `لم يؤدِّ الفائز بهذا المزاد ثمنه. نعرض عليك القطعة بمبلغ مزايدتك: ${a}.`,
    },
    due: (d) => `ادفع قبل ${d}.`,
    expiry: "بعد هذا الأجل، تُعرض القطعة على المزايد التالي.",
    action: "ادفع الآن",
  },
  en: {
    subject: { winner: (t) => `You won “${t}”`, second_chance: (t) => `“${t}” is offered to you` },
    intro: {
      winner: (a) => `Congratulations: the auction has closed and you won it at ${a}.`,
      second_chance: (a) => `The winner of this auction did not pay. The piece is offered to you at your bid: ${a}.`,
    },
    due: (d) => `Pay by ${d}.`,
    expiry: "After that, the piece is offered to the next bidder.",
    action: "Pay now",
  },
}

/** An offer as the email reads it (from the auction module). */
export type OfferRow = { id: string; kind: AuctionOfferData["kind"]; amount: unknown; due_at: Date | string; lot: { id: string; currency_code: string } }

/** What the email of `offer` shows to its customer reading `locale`. */
export function auctionOfferData(offer: OfferRow, title: string, locale: Locale): AuctionOfferData {
  return {
    offer_id: offer.id,
    lot_id: offer.lot.id,
    kind: offer.kind,
    title,
    amount: Number(offer.amount),
    currency_code: offer.lot.currency_code,
    due_at: new Date(offer.due_at).toISOString(),
    url: storefrontLink(locale, `/auctions/${offer.lot.id}`),
  }
}

/** The offer email: the lot won (or offered), the amount, the date to pay by, a button to the lot's page to pay. */
export function renderAuctionOffer(locale: Locale, data: AuctionOfferData): RenderedEmail {
  const t = texts[locale]
  const subject = t.subject[data.kind](data.title)
  const intro = t.intro[data.kind](formatMoney(data.amount, data.currency_code, locale))
  const date = new Intl.DateTimeFormat(intlTagOf(locale), { dateStyle: "long", timeStyle: "short", timeZone: TIME_ZONE, numberingSystem: "latn" }).format(
    new Date(data.due_at),
  )
  const due = t.due(date)
  const text = [intro, due, t.expiry, "", `${t.action}: ${data.url}`].join("\n")
  const body = [
    `<h1 style="font-size:22px;margin:0 0 16px">${escapeHtml(subject)}</h1>`,
    `<p>${escapeHtml(intro)}</p>`,
    `<p style="font-size:18px;font-weight:600">${escapeHtml(due)}</p>`,
    `<p>${escapeHtml(t.expiry)}</p>`,
    emailButton(data.url, t.action),
  ].join("\n")
  return { subject, text, html: emailHtml(locale, subject, body) }
}
