import { defaultLocale, isLocale, type Locale } from "@tiwizi/locale"

/** Whether a value from a URL or a form is a lot id (`alot_01J…`): nothing else reaches a backend path. */
export function isLotId(value: unknown): value is string {
  return typeof value === "string" && /^alot_[0-9A-Za-z]{10,40}$/.test(value)
}

export type BidInput = { lotId: string; amount: number; max: boolean; locale: Locale }

/** The largest amount the form sends: far above any carpet, well inside a safe integer. */
export const maxBidAmount = 100_000_000

/**
 * Reads the bid form: the lot, a whole number of dirhams, and whether it is a maximum. Only
 * digits: a separator could be a thousands point in one language and a decimal point in
 * another, and guessing wrong would bid a hundred times too much. `null` for a form the backend
 * would refuse anyway (no lot, no amount, cents): it is answered as `invalid_amount` without a call.
 */
export function parseBidForm(form: FormData): BidInput | null {
  const localeValue = form.get("locale")
  const locale = isLocale(localeValue) ? localeValue : defaultLocale
  const lotId = form.get("lot_id")
  const raw = form.get("amount")
  if (!isLotId(lotId) || typeof raw !== "string") return null
  const cleaned = raw.trim()
  if (!/^\d{1,9}$/.test(cleaned)) return null
  const amount = Number(cleaned)
  if (amount <= 0 || amount > maxBidAmount) return null
  return { lotId, amount, max: form.get("kind") === "max", locale }
}
