import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_ORDER_MODULE } from "../../../modules/cooperative-order"
import { commissionRateFor } from "../../../modules/cooperative-order/commission-rules"
import type CooperativeOrderModuleService from "../../../modules/cooperative-order/service"

export type OrderLineForSplit = {
  id: string
  cooperative_id: string
  product_id: string | null
  variant_id: string | null
  title: string
  variant_title: string | null
  thumbnail: string | null
  quantity: number
  unit_price: number
  total: number
  tax_total: number
  commission_rate_bps: number
}

export type OrderForSplit = {
  id: string
  display_id: number
  currency_code: string
  cash_on_delivery: boolean
  total: number
  tax_total: number
  shipping_total: number
  shipping_tax_total: number
  lines: OrderLineForSplit[]
  /** Parts already written for this order: a retried split writes nothing. */
  existing_part_ids: string[]
}

/** A product's categories, nearest first: each category, then its parents from the closest up. */
function categoryChain(categories: { id: string; mpath?: string | null }[]): string[] {
  const chains = categories.map((category) => (category.mpath ?? category.id).split(".").filter(Boolean).reverse())
  return [...new Set([...categories.map((category) => category.id), ...chains.flat()])]
}

/**
 * Reads what splitting an order needs: its totals, its lines with each product's cooperative
 * and the commission rate that applies, the payment method, and any parts already written.
 * A line whose product belongs to no cooperative cannot be fulfilled: INVALID_DATA.
 */
export const loadOrderForSplitStep = createStep("load-order-for-split", async (orderId: string, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "id", "display_id", "currency_code", "total", "tax_total", "shipping_total", "shipping_tax_total",
      "items.id", "items.product_id", "items.variant_id", "items.product_title", "items.title", "items.variant_title",
      "items.thumbnail", "items.quantity", "items.unit_price", "items.total", "items.tax_total",
      "payment_collections.payment_sessions.provider_id",
    ],
    filters: { id: orderId },
  })
  const order = orders[0]
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} was not found`)
  const items = (order.items ?? []).filter((item) => !!item)
  const productIds = [...new Set(items.map((item) => item.product_id).filter((id): id is string => !!id))]
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "cooperative.id", "categories.id", "categories.mpath"],
    filters: { id: productIds },
  })
  const service = container.resolve<CooperativeOrderModuleService>(COOPERATIVE_ORDER_MODULE)
  const [rules, existing] = await Promise.all([
    service.listCommissionRates({}, { select: ["cooperative_id", "category_id", "rate_bps"] }),
    service.listCooperativeOrders({ order_id: orderId }, { select: ["id"] }),
  ])
  const productById = new Map(products.map((product) => [product.id, product]))
  const lines = items.map((item): OrderLineForSplit => {
    const product = item.product_id ? productById.get(item.product_id) : undefined
    const cooperativeId = product?.cooperative?.id
    if (!cooperativeId) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `"${item.title}" is not sold by a cooperative: it cannot be ordered`)
    }
    const categories = (product.categories ?? []).filter((category) => !!category) as { id: string; mpath?: string | null }[]
    return {
      id: item.id,
      cooperative_id: cooperativeId,
      product_id: item.product_id ?? null,
      variant_id: item.variant_id ?? null,
      title: item.product_title ?? item.title,
      variant_title: item.variant_title ?? null,
      thumbnail: item.thumbnail ?? null,
      quantity: Number(item.quantity),
      unit_price: Number(item.unit_price),
      total: Number(item.total),
      tax_total: Number(item.tax_total),
      commission_rate_bps: commissionRateFor(rules, cooperativeId, categoryChain(categories)),
    }
  })
  const providers = (order.payment_collections ?? []).flatMap((collection) =>
    (collection?.payment_sessions ?? []).map((session) => session?.provider_id),
  )
  const split: OrderForSplit = {
    id: order.id,
    display_id: Number(order.display_id),
    currency_code: order.currency_code,
    cash_on_delivery: providers.includes("pp_cod_cod"),
    total: Number(order.total),
    tax_total: Number(order.tax_total),
    shipping_total: Number(order.shipping_total),
    shipping_tax_total: Number(order.shipping_tax_total),
    lines,
    existing_part_ids: existing.map((part) => part.id),
  }
  return new StepResponse(split)
})
