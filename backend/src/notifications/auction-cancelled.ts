import type { Locale } from "@tiwizi/locale"
import { emailButton, emailHtml, escapeHtml, type RenderedEmail } from "./email-layout"
import { storefrontLink } from "./storefront-link"

/** The template name of the email telling a bidder that staff cancelled a lot. */
export const AUCTION_CANCELLED = "auction-cancelled"

/**
 * What the cancellation email says: which lot, staff's reason as they wrote it, whether the
 * reader held the offer to pay it (now withdrawn), and the shop's auctions to bid on others.
 */
export type AuctionCancelledData = { lot_id: string; title: string; reason: string; offer_withdrawn: boolean; url: string }

type Texts = {
  subject: (title: string) => string
  intro: string
  reason: (reason: string) => string
  offer: string
  action: string
}

const texts: Record<Locale, Texts> = {
  fr: {
    subject: (t) => `L'enchère sur « ${t} » est annulée`,
    intro: "Cette enchère a été annulée. Vous n'avez rien à payer : vos enchères sur cette pièce ne vous engagent plus.",
    reason: (r) => `Motif : ${r}`,
    offer: "L'offre de paiement qui vous avait été faite est retirée et ne peut plus être payée.",
    action: "Voir les enchères",
  },
  ar: {
    subject: (t) => `أُلغي المزاد على «${t}»`,
    intro: "أُلغي هذا المزاد. لا يترتب عليك أي أداء: مزايداتك على هذه القطعة لم تعد تُلزمك.",
    reason: (r) => `السبب: ${r}`,
    offer: "سُحب عرض الأداء الذي قُدِّم لك، ولم يعد بالإمكان أداؤه.",
    action: "عرض المزادات",
  },
  en: {
    subject: (t) => `The auction of “${t}” is cancelled`,
    intro: "This auction has been cancelled. No payment is due: your bids on this piece no longer bind you.",
    reason: (r) => `Reason: ${r}`,
    offer: "The offer to pay for it that you received is withdrawn and can no longer be paid.",
    action: "See the auctions",
  },
}

/** What the cancellation email of `lot` shows to a bidder reading `locale`; `offerWithdrawn` when they held its offer. */
export function auctionCancelledData(
  lot: { id: string; cancel_reason: string | null },
  title: string,
  offerWithdrawn: boolean,
  locale: Locale,
): AuctionCancelledData {
  return { lot_id: lot.id, title, reason: lot.cancel_reason ?? "", offer_withdrawn: offerWithdrawn, url: storefrontLink(locale, "/auctions") }
}

/** The cancellation email: the lot, staff's reason, nothing to pay (the offer withdrawn, to its holder), a button to the auctions. */
export function renderAuctionCancelled(locale: Locale, data: AuctionCancelledData): RenderedEmail {
  const t = texts[locale]
  const subject = t.subject(data.title)
  const lines = [t.intro, ...(data.reason ? [t.reason(data.reason)] : []), ...(data.offer_withdrawn ? [t.offer] : [])]
  const text = [...lines, "", `${t.action}: ${data.url}`].join("\n")
  const body = [
    `<h1 style="font-size:22px;margin:0 0 16px">${escapeHtml(subject)}</h1>`,
    ...lines.map((line) => `<p>${escapeHtml(line)}</p>`),
    emailButton(data.url, t.action),
  ].join("\n")
  return { subject, text, html: emailHtml(locale, subject, body) }
}
