import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, OrderStatus } from "@medusajs/framework/utils"
import { currencies } from "@tiwizi/locale"
import { COOPERATIVE_SHARE } from "../../../modules/cooperative/cooperative-share"

type Sales = { currency_code: string; amount: number; items: number }
type Owed = { currency_code: string; amount: number }

type OrderRow = {
  currency_code: string
  created_at: string | Date
  // The quantity is the order's own (`detail`, at its current version), the line holds the price.
  items?: ({ product_id: string | null; unit_price: number; detail?: { quantity: number } | null } | null)[] | null
}

/** To the cent: amounts are in the currency's main unit, and sums of decimals drift. */
const cents = (amount: number) => Math.round(amount * 100) / 100

/** Per currency, in the shop's order of currencies, the lines' amounts (unit price × quantity) and pieces. */
function total(orders: OrderRow[], productIds: Set<string>): Sales[] {
  const byCurrency = new Map<string, Sales>()
  for (const order of orders) {
    const currency = order.currency_code.toLowerCase()
    const sales = byCurrency.get(currency) ?? { currency_code: currency, amount: 0, items: 0 }
    for (const item of order.items ?? []) {
      // An order may hold other cooperatives' pieces too: only this cooperative's lines count.
      if (!item?.product_id || !productIds.has(item.product_id)) continue
      const quantity = Number(item.detail?.quantity ?? 0)
      sales.amount += Number(item.unit_price) * quantity
      sales.items += quantity
    }
    byCurrency.set(currency, sales)
  }
  // The shop's currencies in their own order, any other after them.
  const rank = (code: string) => {
    const index = (currencies as readonly string[]).indexOf(code)
    return index === -1 ? currencies.length : index
  }
  return [...byCurrency.values()]
    .filter((sales) => sales.items > 0)
    .sort((a, b) => rank(a.currency_code) - rank(b.currency_code) || a.currency_code.localeCompare(b.currency_code))
    .map((sales) => ({ ...sales, amount: cents(sales.amount) }))
}

/**
 * This month's sales (orders placed since the 1st, UTC) and what the cooperative is owed: its
 * share ({@link COOPERATIVE_SHARE}, as the shop's impact figures state it) of every sale not yet
 * paid out. Payouts come with marketplace orders (a later issue), so for now that is all its
 * sales. Lines are priced as sold (unit price × quantity, the shop's prices include tax); draft
 * and cancelled orders do not count. One query through the order module, for orders holding
 * one of `productIds`.
 */
export async function readSales(scope: MedusaContainer, productIds: string[], now = new Date()) {
  if (!productIds.length) return { sales_this_month: [] as Sales[], owed: [] as Owed[] }
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["currency_code", "created_at", "items.product_id", "items.unit_price", "items.detail.quantity"],
    // The order module filters on its lines' products; Query's generated filter type does not declare relations.
    filters: {
      status: { $nin: [OrderStatus.CANCELED, OrderStatus.DRAFT] },
      is_draft_order: false,
      items: { product_id: productIds },
    } as Record<string, unknown>,
  })
  const orders = data as OrderRow[]
  const ids = new Set(productIds)
  const monthStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)
  const thisMonth = orders.filter((order) => new Date(order.created_at).getTime() >= monthStart)
  return {
    sales_this_month: total(thisMonth, ids),
    owed: total(orders, ids).map(({ currency_code, amount }) => ({ currency_code, amount: cents(amount * COOPERATIVE_SHARE) })),
  }
}
