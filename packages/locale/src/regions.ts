import type { CurrencyCode } from "./money"
import { intlTagOf, type Locale } from "./locales"

/**
 * The shop's three regions, keyed by their currency. The seed creates them and the storefront's
 * currency switcher offers them; `countries` are ISO 3166-1 alpha-2 codes, lower case.
 */
export const shopRegions = [
  { currency: "mad", name: "Maroc", countries: ["ma"] },
  {
    currency: "eur",
    name: "Europe",
    countries: ["fr", "be", "de", "es", "it", "nl", "pt", "lu", "at", "ie", "fi", "gr"],
  },
  {
    currency: "usd",
    name: "International",
    countries: ["us", "ca", "gb", "ch", "ae", "sa", "qa", "sn", "ci", "tn", "jp", "au"],
  },
] as const satisfies readonly { currency: CurrencyCode; name: string; countries: readonly string[] }[]

export type ShopRegion = (typeof shopRegions)[number]

/** A country's name in the reader's language ("ma" → "Maroc" / "المغرب" / "Morocco"); an unknown code is shown as given. */
export function countryName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([intlTagOf(locale)], { type: "region", fallback: "code" }).of(code.toUpperCase()) ?? code.toUpperCase()
  } catch {
    return code.toUpperCase()
  }
}
