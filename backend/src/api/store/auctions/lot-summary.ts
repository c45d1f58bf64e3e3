import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AuctionLotStatus } from "../../../modules/auction/models/auction-lot"

export type AuctionPhase = "upcoming" | "live" | "ended" | "cancelled"

/** What a summary reads of a lot: select these fields when listing lots for {@link summarizeLots}. */
export const lotSummaryFields = [
  "id",
  "status",
  "product_id",
  "cooperative_id",
  "currency_code",
  "starting_price",
  "reserve_price",
  "current_price",
  "hammer_price",
  "bid_count",
  "starts_at",
  "ends_at",
  "soft_close_minutes",
]

/** A lot as listed with {@link lotSummaryFields}; amounts may come back as numeric strings. */
export type SummaryLot = {
  id: string
  status: AuctionLotStatus
  product_id: string
  cooperative_id: string
  currency_code: string
  starting_price: unknown
  reserve_price: unknown
  current_price: unknown
  hammer_price: unknown
  bid_count: number
  starts_at: Date | string
  ends_at: Date | string
  soft_close_minutes: number
}

/** A lot as every customer may see it: never the reserve itself, nor anyone's maximum. */
export type AuctionSummary = {
  id: string
  status: AuctionLotStatus
  phase: AuctionPhase
  product: { id: string; handle: string; title: string; thumbnail: string | null }
  cooperative: { name: string; handle: string } | null
  currency_code: string
  starting_price: number
  current_price: number | null
  hammer_price: number | null
  bid_count: number
  starts_at: string
  ends_at: string
  soft_close_minutes: number
  reserve_met: boolean | null
}

const HAMMERED: AuctionLotStatus[] = ["sold", "paid", "second_chance"]

/** A bigNumber field as a number; null stays null. */
export function amountOf(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value)
}

/**
 * The lot's phase at `now` (the database clock): a lot past its end reads as ended even before
 * the closing job has recorded its outcome, and one before its start as upcoming.
 */
export function phaseOf(lot: { status: AuctionLotStatus; starts_at: Date | string; ends_at: Date | string }, now: Date): AuctionPhase {
  if (lot.status === "cancelled") return "cancelled"
  if (lot.status !== "scheduled" && lot.status !== "live") return "ended"
  if (now < new Date(lot.starts_at)) return "upcoming"
  return now < new Date(lot.ends_at) ? "live" : "ended"
}

/**
 * The database's clock. Every server of the shop reads the same one, and bids are judged by it,
 * so pages count down against it rather than against the clock of whichever server answered.
 */
export async function serverTime(scope: MedusaContainer): Promise<Date> {
  const knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw("select clock_timestamp() as now")
  return new Date(rows[0].now)
}

/** One lot's summary, given its product and cooperative as the request's locale reads them. */
export function toSummary(lot: SummaryLot, product: AuctionSummary["product"], cooperative: AuctionSummary["cooperative"], now: Date): AuctionSummary {
  const current = amountOf(lot.current_price)
  const reserve = amountOf(lot.reserve_price)
  return {
    id: lot.id,
    status: lot.status,
    phase: phaseOf(lot, now),
    product,
    cooperative,
    currency_code: lot.currency_code,
    starting_price: amountOf(lot.starting_price)!,
    current_price: current,
    hammer_price: HAMMERED.includes(lot.status) ? (amountOf(lot.hammer_price) ?? current) : null,
    bid_count: lot.bid_count,
    starts_at: new Date(lot.starts_at).toISOString(),
    ends_at: new Date(lot.ends_at).toISOString(),
    soft_close_minutes: lot.soft_close_minutes,
    reserve_met: reserve === null ? null : current !== null && current >= reserve,
  }
}

/**
 * Summaries of `lots`, in their order, with product titles (through the Translation Module, as
 * `/store/products` serves them) and cooperative names in `locale`. Two queries whatever the
 * number of lots. A lot whose product no longer exists is left out: there is nothing to show.
 */
export async function summarizeLots(scope: MedusaContainer, lots: SummaryLot[], options: { locale?: string; now: Date }): Promise<AuctionSummary[]> {
  if (!lots.length) return []
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: products }, { data: cooperatives }] = await Promise.all([
    query.graph(
      { entity: "product", fields: ["id", "handle", "title", "thumbnail"], filters: { id: [...new Set(lots.map((lot) => lot.product_id))] } },
      { locale: options.locale },
    ),
    query.graph(
      { entity: "cooperative", fields: ["id", "name", "handle"], filters: { id: [...new Set(lots.map((lot) => lot.cooperative_id))] } },
      { locale: options.locale },
    ),
  ])
  const productById = new Map(products.map((product) => [product.id, product]))
  const cooperativeById = new Map(cooperatives.map((cooperative) => [cooperative.id, cooperative]))
  return lots.flatMap((lot) => {
    const product = productById.get(lot.product_id)
    if (!product) return []
    const cooperative = cooperativeById.get(lot.cooperative_id)
    return [
      toSummary(
        lot,
        { id: product.id, handle: product.handle, title: product.title, thumbnail: product.thumbnail ?? null },
        cooperative ? { name: cooperative.name, handle: cooperative.handle } : null,
        options.now,
      ),
    ]
  })
}
