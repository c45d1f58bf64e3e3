/** Tiwizi's commission when staff have set no default rate: 10 %. */
export const DEFAULT_COMMISSION_BPS = 1000

export type CommissionRule = { cooperative_id: string | null; category_id: string | null; rate_bps: number }

/**
 * The commission rate for a line, in basis points. The most specific rule wins: the
 * cooperative's rate for the category, then the cooperative's own rate, then the category's,
 * then the default rule, then `DEFAULT_COMMISSION_BPS`. `categoryIds` lists the product's
 * categories nearest first (its own, then their parents), so a rate set on "Tapis" applies to
 * every kind of carpet unless a kind has its own.
 */
export function commissionRateFor(rules: CommissionRule[], cooperativeId: string, categoryIds: string[]): number {
  const find = (cooperative: string | null, category: string | null) =>
    rules.find((rule) => rule.cooperative_id === cooperative && rule.category_id === category)
  const candidates = [
    ...categoryIds.map((category) => find(cooperativeId, category)),
    find(cooperativeId, null),
    ...categoryIds.map((category) => find(null, category)),
    find(null, null),
  ]
  return candidates.find(Boolean)?.rate_bps ?? DEFAULT_COMMISSION_BPS
}
