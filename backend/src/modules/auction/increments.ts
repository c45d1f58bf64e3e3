/**
 * The smallest raise over the current price, by price band in MAD, as the Khénifra market
 * cries them: small steps on modest pieces, bigger ones on exceptional ones. `below` is the
 * band's exclusive upper bound.
 */
export const incrementBands: { below: number; step: number }[] = [
  { below: 1_000, step: 50 },
  { below: 5_000, step: 100 },
  { below: 10_000, step: 250 },
  { below: 25_000, step: 500 },
  { below: 50_000, step: 1_000 },
  { below: Infinity, step: 2_500 },
]

/** The increment that applies at `price`. */
export function incrementAt(price: number): number {
  return incrementBands.find((band) => price < band.below)!.step
}
