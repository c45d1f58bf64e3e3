import { defaultCurrency } from "./shop"

/** What the storefront needs of a Medusa region. */
export type RegionSummary = { id: string; name: string; currency_code: string }

/**
 * The region for a chosen currency: the visitor's choice if the backend has it, else the
 * shop's default (MAD, Morocco), else the first region the backend lists.
 */
export function pickRegion<R extends RegionSummary>(regions: readonly R[], chosen: string | undefined): R | undefined {
  const byCurrency = (currency: string) => regions.find((r) => r.currency_code.toLowerCase() === currency)
  return (chosen && byCurrency(chosen.toLowerCase())) || byCurrency(defaultCurrency) || regions[0]
}
