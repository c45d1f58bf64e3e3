import { currencies, formatMoney, type Locale } from "@tiwizi/locale"

/** A listing's text in the languages its cooperative wrote it in. */
export type ListingText = { fr?: string | null; ar?: string | null; en?: string | null }

/** A listing's five states, in the order a listing goes through them. */
export const listingStates = ["draft", "in_review", "live", "rejected", "archived"] as const
export type ListingState = (typeof listingStates)[number]

/**
 * A listing's text for a member reading `locale`: in their language when the listing has it,
 * else in whichever language it was written (French, Arabic, then English).
 */
export function listingText(text: ListingText, locale: Locale): string {
  const order: Locale[] = [locale, "fr", "ar", "en"]
  for (const language of order) {
    const value = text[language]?.trim()
    if (value) return value
  }
  return ""
}

const currencyRank = (code: string) => {
  const rank = (currencies as readonly string[]).indexOf(code.toLowerCase())
  return rank < 0 ? currencies.length : rank
}

/**
 * Amounts per currency, formatted for `locale`, dirhams first then the shop's other currencies
 * (amounts in different currencies do not compare); none at all reads as zero dirhams.
 */
export function moneyLines(amounts: { currency_code: string; amount: number }[], locale: Locale): string[] {
  if (amounts.length === 0) return [formatMoney(0, "mad", locale)]
  return [...amounts]
    .sort((a, b) => currencyRank(a.currency_code) - currencyRank(b.currency_code))
    .map((line) => formatMoney(line.amount, line.currency_code, locale))
}
