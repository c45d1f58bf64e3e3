import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, OrderStatus, ProductStatus } from "@medusajs/framework/utils"
import { categoryHandles, rootOf } from "@tiwizi/crafts"
import { COOPERATIVE_SHARE } from "../../../modules/cooperative/cooperative-share"

/** What the shop's home page says about the cooperatives it serves, computed from the data. */
export type ImpactFigures = {
  /** Approved cooperatives with at least one product on sale in the request's sales channels. */
  cooperatives_selling: number
  /** How many of those are run by women. */
  women_led_cooperatives: number
  /** `women_led_cooperatives / cooperatives_selling`, 0 when none sells yet. */
  women_led_share: number
  /** Carpets in orders that were not cancelled (quantities, so a pair counts two). */
  carpets_sold: number
  /** The share of each sale's price that goes to the cooperative, between 0 and 1. */
  cooperative_share: number
}

/** Every category a carpet is filed under: the carpets category and its whole subtree. */
const carpetCategoryHandles = categoryHandles.filter((handle) => rootOf(handle) === "tapis")

type CooperativeRow = {
  women_led: boolean
  products?: ({ status?: string | null; sales_channels?: ({ id: string } | null)[] | null } | null)[] | null
}

async function sellingCooperatives(container: MedusaContainer, channelIds: Set<string>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cooperative",
    fields: ["id", "women_led", "products.status", "products.sales_channels.id"],
    filters: { status: "approved" },
  })
  // Live as the store's cooperative page reads it: published, in a channel of the key.
  const selling = (data as CooperativeRow[]).filter((cooperative) =>
    (cooperative.products ?? []).some(
      (product) =>
        product?.status === ProductStatus.PUBLISHED &&
        (product.sales_channels ?? []).some((channel) => channel !== null && channelIds.has(channel.id)),
    ),
  )
  return { selling: selling.length, womenLed: selling.filter((cooperative) => cooperative.women_led).length }
}

async function carpetsSold(container: MedusaContainer): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_category",
    fields: ["products.id"],
    filters: { handle: carpetCategoryHandles },
  })
  const productIds = [...new Set(data.flatMap((category) => (category.products ?? []).flatMap((product) => (product ? [product.id] : []))))]
  if (productIds.length === 0) return 0
  // One sum in the database rather than loading every order line through the order module: the
  // figure covers the shop's whole history. Items are read at each order's current version, so
  // edited orders count what they hold now; drafts and cancelled orders do not count.
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const result = await knex.raw(
    `select coalesce(sum(oi.quantity), 0) as sold
       from "order" o
       join order_item oi on oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
       join order_line_item li on li.id = oi.item_id and li.deleted_at is null
      where o.deleted_at is null
        and o.is_draft_order = false
        and o.status not in (?, ?)
        and li.product_id = any(?)`,
    [OrderStatus.CANCELED, OrderStatus.DRAFT, productIds],
  )
  return Number(result.rows[0]?.sold ?? 0)
}

/**
 * The impact figures for a store request whose publishable key opens `salesChannelIds`.
 */
export async function computeImpactFigures(container: MedusaContainer, salesChannelIds: string[]): Promise<ImpactFigures> {
  const [cooperatives, carpets] = await Promise.all([
    sellingCooperatives(container, new Set(salesChannelIds)),
    carpetsSold(container),
  ])
  return {
    cooperatives_selling: cooperatives.selling,
    women_led_cooperatives: cooperatives.womenLed,
    women_led_share: cooperatives.selling === 0 ? 0 : cooperatives.womenLed / cooperatives.selling,
    carpets_sold: carpets,
    cooperative_share: COOPERATIVE_SHARE,
  }
}
