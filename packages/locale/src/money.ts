import { intlTagOf, type Locale } from "./locales"

/** The shop's currencies, one per region. Amounts are in major units (Medusa v2's convention). */
export const currencies = ["mad", "eur", "usd"] as const
export type CurrencyCode = (typeof currencies)[number]

export function isCurrency(value: unknown): value is CurrencyCode {
  return typeof value === "string" && (currencies as readonly string[]).includes(value.toLowerCase())
}

/**
 * Formats an amount in major units for a reader of `locale`: `1 250,00 MAD` in French,
 * `1.250,00 د.م.‏` in Arabic, `€1,250.00` in English. Digits stay Latin in Arabic, as on
 * Moroccan price tags.
 */
export function formatMoney(amount: number, currency: string, locale: Locale): string {
  if (!Number.isFinite(amount)) throw new RangeError(`not an amount: ${amount}`)
  return new Intl.NumberFormat(intlTagOf(locale), {
    style: "currency",
    currency: currency.toUpperCase(),
    numberingSystem: "latn",
  }).format(amount)
}

/** Formats a plain number (a count, a size) for a reader of `locale`, with Latin digits. */
export function formatNumber(value: number, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(intlTagOf(locale), { numberingSystem: "latn", ...options }).format(value)
}
