import { formatMoney, formatNumber, type Locale } from "@tiwizi/locale"
import { emailButton, emailHtml, escapeHtml, type RenderedEmail } from "./email-layout"

/** The template name order confirmations are sent with. */
export const ORDER_CONFIRMATION = "order-confirmation"

/** What an order confirmation shows; amounts in major units of `currency_code`, taxes included. */
export type OrderConfirmationData = {
  order_id: string
  display_id: number
  url: string
  currency_code: string
  items: { title: string; subtitle: string | null; quantity: number; total: number }[]
  item_total: number
  shipping_total: number
  tax_total: number
  total: number
  shipping_method: string | null
  shipping_address: string[]
  payment: "cash_on_delivery" | "card"
}

type Texts = {
  subject: (number: string) => string
  thanks: string
  intro: (number: string) => string
  items: string
  quantity: string
  amount: string
  subtotal: string
  shipping: (method: string) => string
  total: string
  tax: (amount: string) => string
  address: string
  payment: string
  cashOnDelivery: (total: string) => string
  card: string
  follow: string
}

const texts: Record<Locale, Texts> = {
  fr: {
    subject: (n) => `Votre commande n° ${n} est confirmée`,
    thanks: "Merci pour votre commande",
    intro: (n) => `Nous avons bien reçu votre commande n° ${n}. Voici son récapitulatif.`,
    items: "Articles",
    quantity: "Quantité",
    amount: "Montant",
    subtotal: "Sous-total",
    shipping: (m) => `Livraison (${m})`,
    total: "Total",
    tax: (a) => `dont TVA ${a}`,
    address: "Adresse de livraison",
    payment: "Paiement",
    cashOnDelivery: (t) => `Paiement à la livraison : vous réglez ${t} en espèces au livreur.`,
    card: "Carte bancaire",
    follow: "Voir ma commande",
  },
  ar: {
    subject: (n) => `تم تأكيد طلبك رقم ${n}`,
    thanks: "شكرًا على طلبك",
    intro: (n) => `توصلنا بطلبك رقم ${n}. إليك ملخصه.`,
    items: "المنتجات",
    quantity: "الكمية",
    amount: "المبلغ",
    subtotal: "المجموع الفرعي",
    shipping: (m) => `التوصيل (${m})`,
    total: "المجموع",
    tax: (a) => `منها الضريبة على القيمة المضافة ${a}`,
    address: "عنوان التوصيل",
    payment: "طريقة الأداء",
    cashOnDelivery: (t) => `الدفع عند الاستلام: تؤدي ${t} نقدًا لعامل التوصيل.`,
    card: "بطاقة بنكية",
    follow: "عرض طلبي",
  },
  en: {
    subject: (n) => `Your order no. ${n} is confirmed`,
    thanks: "Thank you for your order",
    intro: (n) => `We have received your order no. ${n}. Here is its summary.`,
    items: "Items",
    quantity: "Quantity",
    amount: "Amount",
    subtotal: "Subtotal",
    shipping: (m) => `Delivery (${m})`,
    total: "Total",
    tax: (a) => `including VAT ${a}`,
    address: "Delivery address",
    payment: "Payment",
    cashOnDelivery: (t) => `Cash on delivery: you pay ${t} in cash to the courier.`,
    card: "Card",
    follow: "View my order",
  },
}

/**
 * Renders the order confirmation in the reader's language: items with quantities and amounts,
 * subtotal, delivery, total with the tax it includes, the delivery address, how it is paid
 * (with cash on delivery, the sum to have ready) and a link to the order's page.
 */
export function renderOrderConfirmation(locale: Locale, data: OrderConfirmationData): RenderedEmail {
  const t = texts[locale]
  const money = (amount: number) => formatMoney(amount, data.currency_code, locale)
  const number = formatNumber(data.display_id, locale, { useGrouping: false })
  const subject = t.subject(number)
  const payment = data.payment === "cash_on_delivery" ? t.cashOnDelivery(money(data.total)) : t.card
  const shipping = t.shipping(data.shipping_method ?? "—")
  const totals: [string, string][] = [
    [t.subtotal, money(data.item_total)],
    [shipping, money(data.shipping_total)],
    [t.total, money(data.total)],
  ]
  const text = [
    t.thanks,
    t.intro(number),
    "",
    `${t.items}:`,
    ...data.items.map((item) => `- ${item.title}${item.subtitle ? ` (${item.subtitle})` : ""} × ${item.quantity}: ${money(item.total)}`),
    "",
    ...totals.map(([label, value]) => `${label}: ${value}`),
    ...(data.tax_total > 0 ? [t.tax(money(data.tax_total))] : []),
    "",
    `${t.address}:`,
    ...data.shipping_address,
    "",
    `${t.payment}: ${payment}`,
    "",
    `${t.follow}: ${data.url}`,
  ].join("\n")

  const cell = 'style="padding:8px 4px;border-bottom:1px solid #e7e0d8;text-align:start"'
  const rows = data.items
    .map(
      (item) =>
        `<tr><td ${cell}>${escapeHtml(item.title)}${item.subtitle ? `<br><small>${escapeHtml(item.subtitle)}</small>` : ""}</td>` +
        `<td ${cell}>${item.quantity}</td><td ${cell}>${escapeHtml(money(item.total))}</td></tr>`,
    )
    .join("\n")
  const totalRows = totals
    .map(([label, value]) => `<tr><th scope="row" colspan="2" ${cell}>${escapeHtml(label)}</th><td ${cell}>${escapeHtml(value)}</td></tr>`)
    .join("\n")
  const body = [
    `<h1 style="font-size:22px;margin:0 0 16px">${escapeHtml(t.thanks)}</h1>`,
    `<p>${escapeHtml(t.intro(number))}</p>`,
    `<table style="width:100%;border-collapse:collapse"><caption style="text-align:start;font-weight:600;padding:8px 0">${escapeHtml(t.items)}</caption>`,
    `<thead><tr><th scope="col" ${cell}>${escapeHtml(t.items)}</th><th scope="col" ${cell}>${escapeHtml(t.quantity)}</th><th scope="col" ${cell}>${escapeHtml(t.amount)}</th></tr></thead>`,
    `<tbody>${rows}</tbody><tfoot>${totalRows}</tfoot></table>`,
    data.tax_total > 0 ? `<p style="font-size:14px">${escapeHtml(t.tax(money(data.tax_total)))}</p>` : "",
    `<h2 style="font-size:18px;margin:24px 0 8px">${escapeHtml(t.address)}</h2>`,
    `<p>${data.shipping_address.map((line) => `<bdi>${escapeHtml(line)}</bdi>`).join("<br>")}</p>`,
    `<h2 style="font-size:18px;margin:24px 0 8px">${escapeHtml(t.payment)}</h2>`,
    `<p>${escapeHtml(payment)}</p>`,
    emailButton(data.url, t.follow),
  ].join("\n")
  return { subject, text, html: emailHtml(locale, subject, body) }
}
