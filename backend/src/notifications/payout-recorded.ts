import { formatMoney, intlTagOf, type Locale } from "@tiwizi/locale"
import { emailButton, emailHtml, escapeHtml, type RenderedEmail } from "./email-layout"
import { storefrontLink } from "./storefront-link"

/** The template name a cooperative's payout notice is sent with, by email and by SMS. */
export const PAYOUT_RECORDED = "payout-recorded"

/** Dates are written as a Moroccan bank statement shows them. */
const TIME_ZONE = "Africa/Casablanca"

/** A payout entry of the ledger as the notice reads it; its `amount` is stored negated. */
export type PayoutEntry = { id: string; currency_code: string; amount: unknown; occurred_at: Date | string; bank_reference?: string | null }

/** What the payout notice says: the amount transferred (positive), the bank's date and reference, the statement's page. */
export type PayoutRecordedData = {
  entry_id: string
  amount: number
  currency_code: string
  paid_at: string
  bank_reference: string
  url: string
}

type Texts = {
  subject: (amount: string) => string
  intro: (amount: string, date: string) => string
  reference: (reference: string) => string
  action: string
  sms: (amount: string, date: string, reference: string) => string
}

const texts: Record<Locale, Texts> = {
  fr: {
    subject: (a) => `Virement de ${a} envoyé`,
    intro: (a, d) => `Tiwizi a viré ${a} à votre coopérative le ${d}.`,
    reference: (r) => `Référence bancaire : ${r}`,
    action: "Voir le relevé",
    sms: (a, d, r) => `Tiwizi : virement de ${a} envoyé le ${d}. Réf. ${r}`,
  },
  ar: {
    subject: (a) => `تم إرسال تحويل بمبلغ ${a}`,
    intro: (a, d) => `حوّلت تيويزي ${a} إلى تعاونيتك بتاريخ ${d}.`,
    reference: (r) => `المرجع البنكي: ${r}`,
    action: "عرض الكشف",
    sms: (a, d, r) => `تيويزي: تم تحويل ${a} بتاريخ ${d}. المرجع: ${r}`,
  },
  en: {
    subject: (a) => `Transfer of ${a} sent`,
    intro: (a, d) => `Tiwizi transferred ${a} to your cooperative on ${d}.`,
    reference: (r) => `Bank reference: ${r}`,
    action: "View the statement",
    sms: (a, d, r) => `Tiwizi: transfer of ${a} sent on ${d}. Ref. ${r}`,
  },
}

/** What the notice of payout `entry` shows to a member reading `locale`, linking to the statement of the payout's month. */
export function payoutRecordedData(entry: PayoutEntry, locale: Locale): PayoutRecordedData {
  const paidAt = new Date(entry.occurred_at)
  const month = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit" }).format(paidAt)
  return {
    entry_id: entry.id,
    amount: Math.abs(Math.round(Number(entry.amount) * 100)) / 100,
    currency_code: entry.currency_code,
    paid_at: paidAt.toISOString(),
    bank_reference: entry.bank_reference ?? "—",
    url: storefrontLink(locale, "/cooperative/statement", { month }),
  }
}

function words(locale: Locale, data: PayoutRecordedData) {
  const date = new Intl.DateTimeFormat(intlTagOf(locale), { dateStyle: "long", timeZone: TIME_ZONE, numberingSystem: "latn" }).format(new Date(data.paid_at))
  return { t: texts[locale], amount: formatMoney(data.amount, data.currency_code, locale), date }
}

/** The payout email: how much was transferred, on which date, with which bank reference, and a button to the statement. */
export function renderPayoutRecorded(locale: Locale, data: PayoutRecordedData): RenderedEmail {
  const { t, amount, date } = words(locale, data)
  const subject = t.subject(amount)
  const text = [t.intro(amount, date), t.reference(data.bank_reference), "", `${t.action}: ${data.url}`].join("\n")
  const body = [
    `<h1 style="font-size:22px;margin:0 0 16px">${escapeHtml(subject)}</h1>`,
    `<p>${escapeHtml(t.intro(amount, date))}</p>`,
    `<p>${escapeHtml(t.reference(data.bank_reference))}</p>`,
    emailButton(data.url, t.action),
  ].join("\n")
  return { subject, text, html: emailHtml(locale, subject, body) }
}

/** The payout SMS: amount, date and bank reference in one line. */
export function payoutRecordedSms(locale: Locale, data: PayoutRecordedData): string {
  const { t, amount, date } = words(locale, data)
  return t.sms(amount, date, data.bank_reference)
}
