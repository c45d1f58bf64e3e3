import { formatMoney, intlTagOf, type Locale } from "@tiwizi/locale"
import { emailButton, emailHtml, escapeHtml, type RenderedEmail } from "./email-layout"
import { storefrontLink } from "./storefront-link"

/** The template name a cooperative's new order is sent with, by email and by SMS. */
export const COOPERATIVE_NEW_ORDER = "cooperative-new-order"

/** A cooperative's part as the new-order message reads it (from the cooperativeOrder module). */
export type NewPart = {
  id: string
  order_display_id: number | string
  currency_code: string
  cash_on_delivery: boolean
  total: unknown
  refunded_total: unknown
  items?: ({ title: string; variant_title?: string | null; quantity: unknown; cancelled_at?: unknown } | null)[] | null
}

/** What the new-order email and SMS say; amounts in major units of `currency_code`. */
export type CooperativeNewOrderData = {
  part_id: string
  number: string
  url: string
  currency_code: string
  cash_on_delivery: boolean
  amount_due: number
  item_count: number
  items: { title: string; subtitle: string | null; quantity: number }[]
}

type Texts = {
  subject: (number: string) => string
  intro: (items: string) => string
  items: Partial<Record<Intl.LDMLPluralRule, (n: number) => string>> & { other: (n: number) => string }
  cash: (amount: string) => string
  card: (amount: string) => string
  next: string
  action: string
  sms: (number: string, items: string, due: string, url: string) => string
  smsCash: (amount: string) => string
  smsCard: (amount: string) => string
}

// Short and plain: many members read little, often on a small phone.
const texts: Record<Locale, Texts> = {
  fr: {
    subject: (n) => `Nouvelle commande n° ${n}`,
    intro: (items) => `Vous avez une nouvelle commande : ${items}.`,
    items: { one: (n) => `${n} article`, other: (n) => `${n} articles` },
    cash: (a) => `À encaisser à la livraison : ${a}`,
    card: (a) => `Déjà payée par carte : ${a}`,
    next: "Acceptez-la, puis préparez le colis.",
    action: "Voir la commande",
    sms: (n, items, due, url) => `Tiwizi : nouvelle commande n° ${n}, ${items}, ${due}. ${url}`,
    smsCash: (a) => `${a} à encaisser`,
    smsCard: (a) => `${a} payés par carte`,
  },
  ar: {
    subject: (n) => `طلب جديد رقم ${n}`,
    intro: (items) => `لديك طلب جديد: ${items}.`,
    items: { one: () => "منتج واحد", two: () => "منتجان", few: (n) => `${n} منتجات`, many: (n) => `${n} منتجًا`, other: (n) => `${n} منتج` },
    cash: (a) => `المبلغ الذي يُحصَّل عند التسليم: ${a}`,
    card: (a) => `مدفوع بالبطاقة: ${a}`,
    next: "اقبل الطلب، ثم جهّز الطرد.",
    action: "عرض الطلب",
    sms: (n, items, due, url) => `تيويزي: طلب جديد رقم ${n}، ${items}، ${due}. ${url}`,
    smsCash: (a) => `${a} للتحصيل`,
    smsCard: (a) => `${a} مدفوعة بالبطاقة`,
  },
  en: {
    subject: (n) => `New order no. ${n}`,
    intro: (items) => `You have a new order: ${items}.`,
    items: { one: (n) => `${n} item`, other: (n) => `${n} items` },
    cash: (a) => `To collect on delivery: ${a}`,
    card: (a) => `Already paid by card: ${a}`,
    next: "Accept it, then prepare the parcel.",
    action: "View the order",
    sms: (n, items, due, url) => `Tiwizi: new order no. ${n}, ${items}, ${due}. ${url}`,
    smsCash: (a) => `${a} to collect`,
    smsCard: (a) => `${a} paid by card`,
  },
}

/**
 * The number a cooperative reads on its part: the customer's order number and the end of the
 * part's id (`1042-7QX4`), so a part is never mistaken for the whole order the customer placed.
 */
export function partNumber(part: { id: string; order_display_id: number | string }): string {
  return `${part.order_display_id}-${part.id.slice(-4).toUpperCase()}`
}

/** What the new-order message of `part` shows to a member reading `locale`; cancelled lines are left out. */
export function cooperativeNewOrderData(part: NewPart, locale: Locale): CooperativeNewOrderData {
  const items = (part.items ?? []).flatMap((item) =>
    item && !item.cancelled_at
      ? [{ title: item.title, subtitle: item.variant_title && item.variant_title !== item.title ? item.variant_title : null, quantity: Number(item.quantity) }]
      : [],
  )
  return {
    part_id: part.id,
    number: partNumber(part),
    url: storefrontLink(locale, `/cooperative/orders/${part.id}`),
    currency_code: part.currency_code,
    cash_on_delivery: part.cash_on_delivery,
    amount_due: Math.round((Number(part.total) - Number(part.refunded_total ?? 0)) * 100) / 100,
    item_count: items.reduce((count, item) => count + item.quantity, 0),
    items,
  }
}

function itemCount(t: Texts, locale: Locale, n: number): string {
  const rule = new Intl.PluralRules(intlTagOf(locale)).select(n)
  return (t.items[rule] ?? t.items.other)(n)
}

/** The new-order email: number, how many items and which, the amount due, a button to the portal's order page. */
export function renderCooperativeNewOrder(locale: Locale, data: CooperativeNewOrderData): RenderedEmail {
  const t = texts[locale]
  const due = formatMoney(data.amount_due, data.currency_code, locale)
  const subject = t.subject(data.number)
  const amount = data.cash_on_delivery ? t.cash(due) : t.card(due)
  const line = (item: CooperativeNewOrderData["items"][number]) => `${item.title}${item.subtitle ? ` (${item.subtitle})` : ""} × ${item.quantity}`
  const text = [
    t.intro(itemCount(t, locale, data.item_count)),
    ...data.items.map((item) => `- ${line(item)}`),
    "",
    amount,
    t.next,
    "",
    `${t.action}: ${data.url}`,
  ].join("\n")
  const body = [
    `<h1 style="font-size:22px;margin:0 0 16px">${escapeHtml(subject)}</h1>`,
    `<p>${escapeHtml(t.intro(itemCount(t, locale, data.item_count)))}</p>`,
    `<ul>${data.items.map((item) => `<li><bdi>${escapeHtml(line(item))}</bdi></li>`).join("")}</ul>`,
    `<p style="font-size:18px;font-weight:600">${escapeHtml(amount)}</p>`,
    `<p>${escapeHtml(t.next)}</p>`,
    emailButton(data.url, t.action),
  ].join("\n")
  return { subject, text, html: emailHtml(locale, subject, body) }
}

/** The new-order SMS: number, item count, amount due and the portal link, in one short line. */
export function cooperativeNewOrderSms(locale: Locale, data: CooperativeNewOrderData): string {
  const t = texts[locale]
  const due = formatMoney(data.amount_due, data.currency_code, locale)
  return t.sms(data.number, itemCount(t, locale, data.item_count), data.cash_on_delivery ? t.smsCash(due) : t.smsCard(due), data.url)
}
