import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { formatMoney, type Locale } from "@tiwizi/locale"
import { emailButton, emailHtml, escapeHtml, type RenderedEmail } from "./email-layout"
import { emailLocale } from "./email-locale"
import { storefrontLink } from "./storefront-link"

/** The template name a customer's "parcel shipped" email is sent with. */
export const PART_SHIPPED = "part-shipped"

/**
 * The fields of a `cooperative_order` (with its customer's order, through the read-only link)
 * that the shipped and delivered emails need, for `query.graph`.
 */
export const parcelFields = [
  "id",
  "order_id",
  "order_display_id",
  "cooperative_id",
  "currency_code",
  "cash_on_delivery",
  "total",
  "refunded_total",
  "carrier",
  "tracking_number",
  "items.title",
  "items.variant_title",
  "items.quantity",
  "items.cancelled_at",
  "order.email",
  "order.locale",
]

/** A part as `parcelFields` reads it. */
export type ParcelPart = {
  id: string
  order_id: string
  order_display_id: number | string
  currency_code: string
  cash_on_delivery: boolean
  total: unknown
  refunded_total: unknown
  carrier?: string | null
  tracking_number?: string | null
  items?: ({ title: string; variant_title?: string | null; quantity: unknown; cancelled_at?: unknown } | null)[] | null
}

/** One cooperative's parcel as the customer's emails show it; `cash_due` is set for cash on delivery only. */
export type ParcelData = {
  part_id: string
  order_id: string
  display_id: number
  url: string
  cooperative_name: string
  carrier: string | null
  tracking_number: string | null
  currency_code: string
  cash_due: number | null
  items: { title: string; subtitle: string | null; quantity: number }[]
}

/** What the emails about `part`'s parcel show to a customer reading `locale`; cancelled lines are not in the parcel. */
export function parcelData(part: ParcelPart, cooperativeName: string, locale: Locale): ParcelData {
  const due = Math.round((Number(part.total) - Number(part.refunded_total ?? 0)) * 100) / 100
  return {
    part_id: part.id,
    order_id: part.order_id,
    display_id: Number(part.order_display_id),
    url: storefrontLink(locale, `/order/confirmed/${part.order_id}`),
    cooperative_name: cooperativeName,
    carrier: part.carrier ?? null,
    tracking_number: part.tracking_number ?? null,
    currency_code: part.currency_code,
    cash_due: part.cash_on_delivery && due > 0 ? due : null,
    items: (part.items ?? []).flatMap((item) =>
      item && !item.cancelled_at
        ? [{ title: item.title, subtitle: item.variant_title && item.variant_title !== item.title ? item.variant_title : null, quantity: Number(item.quantity) }]
        : [],
    ),
  }
}

/** The parcel's items, one line each, as text and as an HTML list. */
export function parcelItems(data: ParcelData): { text: string[]; html: string } {
  const lines = data.items.map((item) => `${item.title}${item.subtitle ? ` (${item.subtitle})` : ""} × ${item.quantity}`)
  return { text: lines.map((line) => `- ${line}`), html: `<ul>${lines.map((line) => `<li><bdi>${escapeHtml(line)}</bdi></li>`).join("")}</ul>` }
}

type Texts = {
  subject: (number: string, cooperative: string) => string
  intro: (cooperative: string, number: string) => string
  carrier: string
  tracking: string
  cash: (amount: string) => string
  items: string
  follow: string
}

const texts: Record<Locale, Texts> = {
  fr: {
    subject: (n, c) => `Commande n° ${n} : le colis de ${c} est en route`,
    intro: (c, n) => `${c} a remis au transporteur son colis de votre commande n° ${n}.`,
    carrier: "Transporteur",
    tracking: "Numéro de suivi",
    cash: (a) => `À payer en espèces au livreur pour ce colis : ${a}`,
    items: "Dans ce colis",
    follow: "Voir ma commande",
  },
  ar: {
    subject: (n, c) => `الطلب رقم ${n}: طرد ${c} في الطريق`,
    intro: (c, n) => `سلّمت ${c} طردها من طلبك رقم ${n} إلى شركة النقل.`,
    carrier: "شركة النقل",
    tracking: "رقم التتبع",
    cash: (a) => `المبلغ الذي تؤديه نقدًا لعامل التوصيل عن هذا الطرد: ${a}`,
    items: "في هذا الطرد",
    follow: "عرض طلبي",
  },
  en: {
    subject: (n, c) => `Order no. ${n}: the parcel from ${c} is on its way`,
    intro: (c, n) => `${c} handed its parcel of your order no. ${n} to the carrier.`,
    carrier: "Carrier",
    tracking: "Tracking number",
    cash: (a) => `To pay the courier in cash for this parcel: ${a}`,
    items: "In this parcel",
    follow: "View my order",
  },
}

/** The customer's "parcel shipped" email: which cooperative's parcel left, carrier, tracking number, items. */
export function renderPartShipped(locale: Locale, data: ParcelData): RenderedEmail {
  const t = texts[locale]
  const number = String(data.display_id)
  const subject = t.subject(number, data.cooperative_name)
  const cash = data.cash_due === null ? null : t.cash(formatMoney(data.cash_due, data.currency_code, locale))
  const facts: [string, string][] = [
    [t.carrier, data.carrier ?? "—"],
    [t.tracking, data.tracking_number ?? "—"],
  ]
  const items = parcelItems(data)
  const text = [
    t.intro(data.cooperative_name, number),
    "",
    ...facts.map(([label, value]) => `${label}: ${value}`),
    ...(cash ? [cash] : []),
    "",
    `${t.items}:`,
    ...items.text,
    "",
    `${t.follow}: ${data.url}`,
  ].join("\n")
  const body = [
    `<h1 style="font-size:22px;margin:0 0 16px">${escapeHtml(subject)}</h1>`,
    `<p>${escapeHtml(t.intro(data.cooperative_name, number))}</p>`,
    `<p>${facts.map(([label, value]) => `${escapeHtml(label)}: <strong><bdi>${escapeHtml(value)}</bdi></strong>`).join("<br>")}</p>`,
    cash ? `<p>${escapeHtml(cash)}</p>` : "",
    `<h2 style="font-size:18px;margin:24px 0 8px">${escapeHtml(t.items)}</h2>`,
    items.html,
    emailButton(data.url, t.follow),
  ].join("\n")
  return { subject, text, html: emailHtml(locale, subject, body) }
}

/**
 * Reads the parcel of part `id` for its customer: the order's email, the language the cart was
 * filled in (French when it has none) and the cooperative's name in that language. `null` when
 * the order has no email to write to.
 */
export async function readParcel(container: MedusaContainer, id: string): Promise<{ to: string; locale: Locale; data: ParcelData } | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: parts } = await query.graph({ entity: "cooperative_order", fields: parcelFields, filters: { id } })
  const part = parts[0] as unknown as (ParcelPart & { cooperative_id: string; order?: { email?: string | null; locale?: string | null } | null }) | undefined
  if (!part?.order?.email) return null
  const locale = emailLocale(part.order.locale)
  // The translation is applied by id: without "id" among the fields, the French name comes back.
  const { data: cooperatives } = await query.graph({ entity: "cooperative", fields: ["id", "name"], filters: { id: part.cooperative_id } }, { locale })
  return { to: part.order.email, locale, data: parcelData(part, cooperatives[0]?.name ?? "", locale) }
}
