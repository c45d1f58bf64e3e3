import { formatMoney, type Locale } from "@tiwizi/locale"
import { emailButton, emailHtml, escapeHtml, type RenderedEmail } from "./email-layout"
import { storefrontLink } from "./storefront-link"

/** The template name of a bidder's "you were outbid" email. */
export const AUCTION_OUTBID = "auction-outbid"

/** What the outbid email says: which lot, its price now, the lot's page to bid again. */
export type AuctionOutbidData = { lot_id: string; title: string; current_price: number; currency_code: string; url: string }

type Texts = { subject: (title: string) => string; intro: (price: string) => string; action: string }

const texts: Record<Locale, Texts> = {
  fr: {
    subject: (t) => `Votre enchère sur « ${t} » a été dépassée`,
    intro: (p) => `Quelqu'un a enchéri plus haut que vous. Le prix est maintenant de ${p}.`,
    action: "Enchérir à nouveau",
  },
  ar: {
    subject: (t) => `تم تجاوز مزايدتك على «${t}»`,
    intro: (p) => `زايد شخص آخر بمبلغ أعلى منك. السعر الآن ${p}.`,
    action: "زايد من جديد",
  },
  en: {
    subject: (t) => `You have been outbid on “${t}”`,
    intro: (p) => `Someone bid higher than you. The price is now ${p}.`,
    action: "Bid again",
  },
}

/** What the outbid email of lot `lot_id` shows to a bidder reading `locale`. */
export function auctionOutbidData(lot: { id: string; currency_code: string }, title: string, currentPrice: number, locale: Locale): AuctionOutbidData {
  return { lot_id: lot.id, title, current_price: currentPrice, currency_code: lot.currency_code, url: storefrontLink(locale, `/auctions/${lot.id}`) }
}

/** The outbid email: the lot, its price now and a button back to the lot to bid again. */
export function renderAuctionOutbid(locale: Locale, data: AuctionOutbidData): RenderedEmail {
  const t = texts[locale]
  const subject = t.subject(data.title)
  const intro = t.intro(formatMoney(data.current_price, data.currency_code, locale))
  const text = [intro, "", `${t.action}: ${data.url}`].join("\n")
  const body = [`<h1 style="font-size:22px;margin:0 0 16px">${escapeHtml(subject)}</h1>`, `<p>${escapeHtml(intro)}</p>`, emailButton(data.url, t.action)].join("\n")
  return { subject, text, html: emailHtml(locale, subject, body) }
}
