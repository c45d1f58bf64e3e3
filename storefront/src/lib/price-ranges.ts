import { currencies, type CurrencyCode } from "@tiwizi/locale"

/** A price band of the search filter, in major units of one currency; `to` is exclusive. */
export type PriceRange = { key: string; currency: CurrencyCode; from?: number; to?: number }

// Round amounts in each currency rather than converted ones: "100 – 300 €" reads as a budget,
// "91 – 273 €" does not. Euros and dollars share their bounds.
const bounds: Record<CurrencyCode, number[]> = {
  mad: [500, 1000, 3000, 6000],
  eur: [50, 100, 300, 600],
  usd: [50, 100, 300, 600],
}

/**
 * The bands offered to a visitor paying in `currency`, cheapest first. Keys name their currency
 * (`mad-1000-3000`, `eur-600-plus`) so that a shared link filters on the same amounts whatever
 * currency the person opening it has chosen.
 */
export function priceRangesFor(currency: CurrencyCode): PriceRange[] {
  const edges = bounds[currency]
  return [undefined, ...edges].map((from, index) => {
    const to = edges[index]
    const key = `${currency}-${from ?? 0}-${to ?? "plus"}`
    return { key, currency, ...(from !== undefined && { from }), ...(to !== undefined && { to }) }
  })
}

const byKey = new Map(currencies.flatMap(priceRangesFor).map((range) => [range.key, range]))

/** The band a URL key names, or `undefined` for any other text. */
export function priceRangeOf(key: string): PriceRange | undefined {
  return byKey.get(key)
}
