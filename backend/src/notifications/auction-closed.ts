import { formatMoney, type Locale } from "@tiwizi/locale"
import { emailButton, emailHtml, escapeHtml, type RenderedEmail } from "./email-layout"
import { storefrontLink } from "./storefront-link"

/** The template name of a cooperative's "your lot closed" message, by email and by SMS. */
export const AUCTION_CLOSED = "auction-closed"

/** What the close message says: sold at `hammer_price`, or not sold (`hammer_price` null). */
export type AuctionClosedData = { lot_id: string; title: string; sold: boolean; hammer_price: number | null; currency_code: string; url: string }

type Texts = {
  subject: { sold: (title: string, price: string) => string; unsold: (title: string) => string }
  next: { sold: string; unsold: string }
  action: string
  sms: (subject: string, url: string) => string
}

// Short and plain, like the cooperatives' other messages: the SMS is the subject and the link.
const texts: Record<Locale, Texts> = {
  fr: {
    subject: { sold: (t, p) => `« ${t} » adjugé à ${p}`, unsold: (t) => `« ${t} » n'a pas été vendu aux enchères` },
    next: {
      sold: "La commande vous arrive dès que l'acheteur a payé. Gardez la pièce de côté.",
      unsold: "Pas d'enchère suffisante. La pièce est de nouveau en vente dans la boutique.",
    },
    action: "Voir mes enchères",
    sms: (s, u) => `Tiwizi : ${s}. ${u}`,
  },
  ar: {
    subject: { sold: (t, p) => `بيعت «${t}» في المزاد بمبلغ ${p}`, unsold: (t) => `لم تُبع «${t}» في المزاد` },
    next: {
      sold: "يصلكم الطلب بعد أن يؤدي المشتري الثمن. احتفظوا بالقطعة جانبًا.",
      unsold: "لم تكن المزايدات كافية. القطعة معروضة من جديد في المتجر.",
    },
    action: "عرض مزاداتي",
    sms: (s, u) => `تيويزي: ${s}. ${u}`,
  },
  en: {
    subject: { sold: (t, p) => `“${t}” sold at auction for ${p}`, unsold: (t) => `“${t}” was not sold at auction` },
    next: {
      sold: "The order reaches you once the buyer has paid. Keep the piece aside.",
      unsold: "No bid was high enough. The piece is on sale in the shop again.",
    },
    action: "View my auctions",
    sms: (s, u) => `Tiwizi: ${s}. ${u}`,
  },
}

/** What the close message of `lot` shows to a member reading `locale`, linking to the portal's auctions page. */
export function auctionClosedData(
  lot: { id: string; status: string; hammer_price: unknown; currency_code: string },
  title: string,
  locale: Locale,
): AuctionClosedData {
  const sold = lot.status !== "not_sold" && lot.hammer_price !== null && lot.hammer_price !== undefined
  return {
    lot_id: lot.id,
    title,
    sold,
    hammer_price: sold ? Number(lot.hammer_price) : null,
    currency_code: lot.currency_code,
    url: storefrontLink(locale, "/cooperative/auctions"),
  }
}

function subjectOf(locale: Locale, data: AuctionClosedData): string {
  const t = texts[locale]
  return data.sold ? t.subject.sold(data.title, formatMoney(data.hammer_price!, data.currency_code, locale)) : t.subject.unsold(data.title)
}

/** The close email: sold at the hammer price or not sold, what happens next, a button to the portal. */
export function renderAuctionClosed(locale: Locale, data: AuctionClosedData): RenderedEmail {
  const t = texts[locale]
  const subject = subjectOf(locale, data)
  const next = data.sold ? t.next.sold : t.next.unsold
  const text = [next, "", `${t.action}: ${data.url}`].join("\n")
  const body = [`<h1 style="font-size:22px;margin:0 0 16px">${escapeHtml(subject)}</h1>`, `<p>${escapeHtml(next)}</p>`, emailButton(data.url, t.action)].join("\n")
  return { subject, text, html: emailHtml(locale, subject, body) }
}

/** The close SMS: the subject and the portal's link. */
export function auctionClosedSms(locale: Locale, data: AuctionClosedData): string {
  return texts[locale].sms(subjectOf(locale, data), data.url)
}
