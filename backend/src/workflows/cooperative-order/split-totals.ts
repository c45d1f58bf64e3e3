/** Amounts in minor units (cents): every sum here is exact. */
export const toCents = (amount: number | string): number => Math.round(Number(amount) * 100)
export const fromCents = (cents: number): number => cents / 100

/**
 * Shares `cents` out in proportion to `weights`, in whole cents that add up to `cents` exactly
 * (largest remainder: the cents left after rounding down go to the largest fractions).
 */
export function allocateCents(cents: number, weights: number[]): number[] {
  const sum = weights.reduce((total, weight) => total + weight, 0)
  if (sum <= 0) return weights.map((_, index) => (index === 0 ? cents : 0))
  const exact = weights.map((weight) => (cents * weight) / sum)
  const shares = exact.map(Math.floor)
  let left = cents - shares.reduce((total, share) => total + share, 0)
  const byRemainder = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) }))
  byRemainder.sort((a, b) => b.remainder - a.remainder || a.index - b.index)
  for (const { index } of byRemainder) {
    if (left <= 0) break
    shares[index] += 1
    left -= 1
  }
  return shares
}

export type SplitLine = {
  id: string
  cooperative_id: string
  /** Tax included, after discounts, as the order holds it. */
  total: number
  tax_total: number
  commission_rate_bps: number
}

export type SplitOrderFigures = { total: number; tax_total: number; shipping_total: number; shipping_tax_total: number }

export type PartFigures = {
  cooperative_id: string
  item_total: number
  shipping_total: number
  tax_total: number
  total: number
  commission_total: number
  lines: { id: string; total: number; tax_total: number; commission_amount: number }[]
}

/**
 * Splits an order's figures between its cooperatives. Each part gets its lines, a share of the
 * shipping in proportion to its items (each cooperative sends its own parcel and pays its
 * carrier), and its share of the tax. The parts' totals and taxes add up to the order's to the
 * cent; commission is worked out per line on its total, tax included.
 */
export function splitOrderFigures(order: SplitOrderFigures, lines: SplitLine[]): PartFigures[] {
  const cooperatives = [...new Set(lines.map((line) => line.cooperative_id))]
  const parts = cooperatives.map((cooperativeId) => {
    const own = lines.filter((line) => line.cooperative_id === cooperativeId)
    const figures = own.map((line) => ({
      id: line.id,
      total: toCents(line.total),
      tax_total: toCents(line.tax_total),
      commission_amount: Math.round((toCents(line.total) * line.commission_rate_bps) / 10_000),
    }))
    return { cooperativeId, figures, items: figures.reduce((sum, line) => sum + line.total, 0) }
  })
  const itemWeights = parts.map((part) => part.items)
  const shipping = allocateCents(toCents(order.shipping_total), itemWeights)
  const totals = allocateCents(
    toCents(order.total),
    parts.map((part, index) => part.items + shipping[index]),
  )
  const shippingTax = allocateCents(toCents(order.shipping_tax_total), itemWeights)
  const taxes = allocateCents(
    toCents(order.tax_total),
    parts.map((part, index) => part.figures.reduce((sum, line) => sum + line.tax_total, 0) + shippingTax[index]),
  )
  return parts.map((part, index) => ({
    cooperative_id: part.cooperativeId,
    item_total: fromCents(part.items),
    shipping_total: fromCents(totals[index] - part.items),
    tax_total: fromCents(taxes[index]),
    total: fromCents(totals[index]),
    commission_total: fromCents(part.figures.reduce((sum, line) => sum + line.commission_amount, 0)),
    lines: part.figures.map((line) => ({
      id: line.id,
      total: fromCents(line.total),
      tax_total: fromCents(line.tax_total),
      commission_amount: fromCents(line.commission_amount),
    })),
  }))
}
