import type { Prices } from "./types"

/** Rates used for the demo's foreign prices: roughly the 2025 averages, rounded. */
const MAD_PER_EUR = 10.8
const MAD_PER_USD = 10

/**
 * Rounds a converted amount to a price a shop would print: half units under 20, whole units
 * under 100, fives under 1,000 and tens above.
 */
export function retailRound(amount: number): number {
  const step = amount < 20 ? 0.5 : amount < 100 ? 1 : amount < 1000 ? 5 : 10
  return Math.round(amount / step) * step
}

/** The same price in the shop's three currencies, tax included, from the dirham price. */
export function pricesFromMad(mad: number): Prices {
  return { mad, eur: retailRound(mad / MAD_PER_EUR), usd: retailRound(mad / MAD_PER_USD) }
}

/** Rounds a carpet's computed dirham price: hundreds below 10,000 MAD, five hundreds above. */
export function roundCarpetPrice(mad: number): number {
  const step = mad < 10_000 ? 100 : 500
  return Math.round(mad / step) * step
}
