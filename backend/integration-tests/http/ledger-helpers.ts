import type { MedusaContainer } from "@medusajs/framework/types"
import { COOPERATIVE_ORDER_MODULE } from "../../src/modules/cooperative-order"
import type CooperativeOrderModuleService from "../../src/modules/cooperative-order/service"
import { LEDGER_MODULE } from "../../src/modules/ledger"
import type LedgerModuleService from "../../src/modules/ledger/service"
import { deliverPartWorkflow } from "../../src/workflows/cooperative-order/workflows/deliver-part"
import { movePartWorkflow } from "../../src/workflows/cooperative-order/workflows/move-part"

export const cents = (amount: number | string) => Math.round(Number(amount) * 100)

/** A cooperative's part to fabricate: its lines (total and commission rate) and shipping, in cents. */
export type PartSpec = {
  cooperative_id: string
  currency_code: string
  lines: { total: number; rate_bps: number }[]
  shipping: number
  cash_on_delivery?: boolean
}

/** A fabricated part as the test knows it, in cents. */
export type KnownPart = {
  id: string
  cooperative_id: string
  currency_code: string
  cash_on_delivery: boolean
  total: number
  commission: number
  items: { id: string; total: number; commission: number }[]
}

let fabricated = 0

export const ledgerService = (container: MedusaContainer) => container.resolve<LedgerModuleService>(LEDGER_MODULE)
export const partService = (container: MedusaContainer) => container.resolve<CooperativeOrderModuleService>(COOPERATIVE_ORDER_MODULE)

/**
 * Writes a cooperative's part straight through the module, as the split would, for an order
 * that does not exist (fabricated order and line ids): the ledger's workflows need a part, not a
 * checkout. Commission per line is the split's: round(total × rate ÷ 10 000).
 */
export async function createPart(container: MedusaContainer, spec: PartSpec): Promise<KnownPart> {
  const n = ++fabricated
  const lines = spec.lines.map((line) => ({ ...line, commission: Math.round((line.total * line.rate_bps) / 10_000) }))
  const itemTotal = lines.reduce((sum, line) => sum + line.total, 0)
  const commission = lines.reduce((sum, line) => sum + line.commission, 0)
  const [{ id }] = await partService(container).createParts([
    {
      order_id: `order_ledgertest${n}`,
      order_display_id: 90_000 + n,
      cooperative_id: spec.cooperative_id,
      currency_code: spec.currency_code,
      cash_on_delivery: spec.cash_on_delivery ?? false,
      item_total: itemTotal / 100,
      shipping_total: spec.shipping / 100,
      tax_total: 0,
      total: (itemTotal + spec.shipping) / 100,
      commission_total: commission / 100,
      items: lines.map((line, index) => ({
        line_item_id: `ordli_ledgertest${n}_${index}`,
        title: `Tapis zayane n° ${n}.${index}`,
        quantity: 1,
        unit_price: line.total / 100,
        total: line.total / 100,
        tax_total: 0,
        commission_rate_bps: line.rate_bps,
        commission_amount: line.commission / 100,
      })),
    },
  ])
  const items = await partService(container).listCooperativeOrderItems({ cooperative_order_id: id }, { select: ["id", "line_item_id"] })
  const itemId = (index: number) => items.find((item) => item.line_item_id === `ordli_ledgertest${n}_${index}`)!.id
  return {
    id,
    cooperative_id: spec.cooperative_id,
    currency_code: spec.currency_code,
    cash_on_delivery: spec.cash_on_delivery ?? false,
    total: itemTotal + spec.shipping,
    commission,
    items: lines.map((line, index) => ({ id: itemId(index), total: line.total, commission: line.commission })),
  }
}

/**
 * Moves a part on to delivered through the cooperative-order workflows, from wherever it stands
 * (accepting and shipping it as needed); delivering writes its sale and commission entries. For
 * cash on delivery the carrier collects `cashCollected`.
 */
export async function deliverPart(container: MedusaContainer, part: { id: string; cooperative_id: string }, cashCollected?: number) {
  const { id, cooperative_id } = part
  const { status } = await partService(container).retrieveCooperativeOrder(id, { select: ["status"] })
  if (status === "new") await movePartWorkflow(container).run({ input: { id, cooperative_id, move: "accept" } })
  if (status === "new" || status === "accepted") {
    await movePartWorkflow(container).run({ input: { id, cooperative_id, move: "ship", record: { carrier: "Amana", tracking_number: "RR123456789MA" } } })
  }
  await deliverPartWorkflow(container).run({ input: { id, cooperative_id, ...(cashCollected === undefined ? {} : { cash_collected: cashCollected }) } })
}

/** A delivered card-paid part of one line (10 % commission) plus shipping, in cents. */
export async function deliveredPart(container: MedusaContainer, cooperativeId: string, currency: string, lineTotal: number, shipping = 4_000) {
  const part = await createPart(container, { cooperative_id: cooperativeId, currency_code: currency, lines: [{ total: lineTotal, rate_bps: 1000 }], shipping })
  await deliverPart(container, part)
  return part
}
