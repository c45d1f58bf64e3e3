import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { currencies } from "@tiwizi/locale"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"

type Sales = { currency_code: string; amount: number; items: number }
type Owed = { currency_code: string; amount: number }

type PartRow = {
  currency_code: string
  total: number
  refunded_total: number
  items?: ({ quantity: number; cancelled_at: string | Date | null } | null)[] | null
}

/** The shop's currencies in their own order, any other after them. */
const rank = (code: string) => {
  const index = (currencies as readonly string[]).indexOf(code)
  return index === -1 ? currencies.length : index
}
const byCurrency = (a: { currency_code: string }, b: { currency_code: string }) =>
  rank(a.currency_code) - rank(b.currency_code) || a.currency_code.localeCompare(b.currency_code)

/** Per currency, what the parts sold (tax included, less refunds) and how many pieces, in cents then back. */
function total(parts: PartRow[]): Sales[] {
  const sums = new Map<string, { cents: number; items: number }>()
  for (const part of parts) {
    const sum = sums.get(part.currency_code) ?? { cents: 0, items: 0 }
    sum.cents += Math.round(Number(part.total) * 100) - Math.round(Number(part.refunded_total) * 100)
    sum.items += (part.items ?? []).reduce((pieces, item) => pieces + (item && !item.cancelled_at ? Number(item.quantity) : 0), 0)
    sums.set(part.currency_code, sum)
  }
  return [...sums]
    .filter(([, sum]) => sum.items > 0)
    .map(([currency_code, sum]) => ({ currency_code, amount: sum.cents / 100, items: sum.items }))
    .sort(byCurrency)
}

/**
 * This month's sales: the cooperative's parts of orders placed since the 1st (UTC), not
 * cancelled, less what was refunded; and what it is owed: its ledger balance per currency
 * (delivered sales less commission, refunds and payouts), as its statement shows it.
 */
export async function readSales(scope: MedusaContainer, cooperativeId: string, now = new Date()) {
  const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1))
  const [{ data }, balances] = await Promise.all([
    scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "cooperative_order",
      fields: ["currency_code", "total", "refunded_total", "items.quantity", "items.cancelled_at"],
      filters: { cooperative_id: cooperativeId, status: { $ne: "cancelled" }, created_at: { $gte: monthStart } },
    }),
    scope.resolve<LedgerModuleService>(LEDGER_MODULE).balances(cooperativeId),
  ])
  const owed: Owed[] = balances
    .filter((row) => row.balance !== 0)
    .map((row) => ({ currency_code: row.currency_code, amount: row.balance }))
    .sort(byCurrency)
  return { sales_this_month: total(data as PartRow[]), owed }
}
