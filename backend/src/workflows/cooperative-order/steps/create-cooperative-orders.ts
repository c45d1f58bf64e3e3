import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_ORDER_MODULE } from "../../../modules/cooperative-order"
import type CooperativeOrderModuleService from "../../../modules/cooperative-order/service"
import { splitOrderFigures } from "../split-totals"
import type { OrderForSplit } from "./load-order-for-split"

/**
 * Writes one part per cooperative of the order, with its lines and figures (see
 * `splitOrderFigures`). An order already split keeps its parts and nothing is written, so a
 * retried completion cannot split twice; the unique (order, cooperative) index refuses a
 * concurrent second split. Compensation deletes the parts this step wrote.
 */
export const createCooperativeOrdersStep = createStep(
  "create-cooperative-orders",
  async (order: OrderForSplit, { container }) => {
    const service = container.resolve<CooperativeOrderModuleService>(COOPERATIVE_ORDER_MODULE)
    if (order.existing_part_ids.length) return new StepResponse(order.existing_part_ids, [] as string[])
    const lineById = new Map(order.lines.map((line) => [line.id, line]))
    const parts = await service.createParts(
      splitOrderFigures(order, order.lines).map((part) => ({
        order_id: order.id,
        order_display_id: order.display_id,
        cooperative_id: part.cooperative_id,
        currency_code: order.currency_code,
        cash_on_delivery: order.cash_on_delivery,
        item_total: part.item_total,
        shipping_total: part.shipping_total,
        tax_total: part.tax_total,
        total: part.total,
        commission_total: part.commission_total,
        items: part.lines.map((figures) => {
          const line = lineById.get(figures.id)!
          return {
            line_item_id: line.id,
            product_id: line.product_id,
            variant_id: line.variant_id,
            title: line.title,
            variant_title: line.variant_title,
            thumbnail: line.thumbnail,
            quantity: line.quantity,
            unit_price: line.unit_price,
            total: figures.total,
            tax_total: figures.tax_total,
            commission_rate_bps: line.commission_rate_bps,
            commission_amount: figures.commission_amount,
          }
        }),
      })),
    )
    const ids = parts.map((part) => part.id)
    return new StepResponse(ids, ids)
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    await container.resolve<CooperativeOrderModuleService>(COOPERATIVE_ORDER_MODULE).deleteCooperativeOrders(createdIds)
  },
)
