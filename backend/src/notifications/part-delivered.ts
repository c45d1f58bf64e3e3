import type { Locale } from "@tiwizi/locale"
import { emailButton, emailHtml, escapeHtml, type RenderedEmail } from "./email-layout"
import { parcelItems, type ParcelData } from "./part-shipped"

/** The template name a customer's "parcel delivered" email is sent with. */
export const PART_DELIVERED = "part-delivered"

type Texts = {
  subject: (number: string, cooperative: string) => string
  intro: (cooperative: string, number: string) => string
  thanks: string
  items: string
  follow: string
}

const texts: Record<Locale, Texts> = {
  fr: {
    subject: (n, c) => `Commande n° ${n} : le colis de ${c} est livré`,
    intro: (c, n) => `Le colis de ${c} pour votre commande n° ${n} a été livré.`,
    thanks: "Merci de soutenir le travail des coopératives.",
    items: "Dans ce colis",
    follow: "Voir ma commande",
  },
  ar: {
    subject: (n, c) => `الطلب رقم ${n}: تم تسليم طرد ${c}`,
    intro: (c, n) => `تم تسليم طرد ${c} من طلبك رقم ${n}.`,
    thanks: "شكرًا على دعمك لعمل التعاونيات.",
    items: "في هذا الطرد",
    follow: "عرض طلبي",
  },
  en: {
    subject: (n, c) => `Order no. ${n}: the parcel from ${c} was delivered`,
    intro: (c, n) => `The parcel from ${c} for your order no. ${n} was delivered.`,
    thanks: "Thank you for supporting the cooperatives' work.",
    items: "In this parcel",
    follow: "View my order",
  },
}

/** The customer's "parcel delivered" email: which cooperative's parcel arrived, and what was in it. */
export function renderPartDelivered(locale: Locale, data: ParcelData): RenderedEmail {
  const t = texts[locale]
  const number = String(data.display_id)
  const subject = t.subject(number, data.cooperative_name)
  const items = parcelItems(data)
  const text = [t.intro(data.cooperative_name, number), t.thanks, "", `${t.items}:`, ...items.text, "", `${t.follow}: ${data.url}`].join("\n")
  const body = [
    `<h1 style="font-size:22px;margin:0 0 16px">${escapeHtml(subject)}</h1>`,
    `<p>${escapeHtml(t.intro(data.cooperative_name, number))}</p>`,
    `<p>${escapeHtml(t.thanks)}</p>`,
    `<h2 style="font-size:18px;margin:24px 0 8px">${escapeHtml(t.items)}</h2>`,
    items.html,
    emailButton(data.url, t.follow),
  ].join("\n")
  return { subject, text, html: emailHtml(locale, subject, body) }
}
