import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { COOPERATIVE_ORDER_MODULE } from "../../../modules/cooperative-order"
import { DEFAULT_COMMISSION_BPS } from "../../../modules/cooperative-order/commission-rules"
import type CooperativeOrderModuleService from "../../../modules/cooperative-order/service"

type Named = { id: string; name: string }
const byId = (rows: Named[]) => new Map(rows.map((row) => [row.id, row.name] as const))
type Rate = { id: string; cooperative_id: string | null; category_id: string | null; rate_bps: number }

export const commissionRates = (container: MedusaContainer) => container.resolve<CooperativeOrderModuleService>(COOPERATIVE_ORDER_MODULE)

/** Names of the cooperatives and categories among `ids`, by id; an id that does not exist is absent. */
async function namesOf(container: MedusaContainer, ids: { cooperatives: string[]; categories: string[] }) {
  const [cooperatives, categories] = await Promise.all([
    ids.cooperatives.length
      ? container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE).listCooperatives({ id: ids.cooperatives }, { select: ["id", "name"] })
      : [],
    ids.categories.length ? container.resolve(Modules.PRODUCT).listProductCategories({ id: ids.categories }, { select: ["id", "name"] }) : [],
  ])
  return { cooperatives: byId(cooperatives), categories: byId(categories) }
}

const present = (rate: Rate, names: Awaited<ReturnType<typeof namesOf>>) => ({
  id: rate.id,
  cooperative_id: rate.cooperative_id,
  cooperative_name: rate.cooperative_id ? (names.cooperatives.get(rate.cooperative_id) ?? null) : null,
  category_id: rate.category_id,
  category_name: rate.category_id ? (names.categories.get(rate.category_id) ?? null) : null,
  rate_bps: rate.rate_bps,
})

/**
 * Every commission rate with the names of what it applies to: the default rate (neither
 * cooperative nor category) first, then by cooperative and category name. `default_rate_bps` is
 * the default row's rate, or {@link DEFAULT_COMMISSION_BPS} while staff have set none.
 */
export async function readCommissionRates(container: MedusaContainer) {
  const rates: Rate[] = await commissionRates(container).listCommissionRates(
    {},
    { select: ["id", "cooperative_id", "category_id", "rate_bps"], take: null },
  )
  const names = await namesOf(container, {
    cooperatives: [...new Set(rates.flatMap((rate) => (rate.cooperative_id ? [rate.cooperative_id] : [])))],
    categories: [...new Set(rates.flatMap((rate) => (rate.category_id ? [rate.category_id] : [])))],
  })
  const key = (rate: ReturnType<typeof present>) =>
    [rate.cooperative_id ? 1 : 0, rate.cooperative_name ?? "", rate.category_id ? 1 : 0, rate.category_name ?? ""] as const
  const presented = rates
    .map((rate) => present(rate, names))
    .sort((a, b) => {
      const [x, y] = [key(a), key(b)]
      return x[0] - y[0] || x[1].localeCompare(y[1], "fr") || x[2] - y[2] || x[3].localeCompare(y[3], "fr")
    })
  const fallback = rates.find((rate) => !rate.cooperative_id && !rate.category_id)
  return { commission_rates: presented, default_rate_bps: fallback?.rate_bps ?? DEFAULT_COMMISSION_BPS }
}

/** One rate, as the list shows it; an unknown id answers 404. */
export async function readCommissionRate(container: MedusaContainer, id: string) {
  const [rate] = await commissionRates(container).listCommissionRates({ id }, { select: ["id", "cooperative_id", "category_id", "rate_bps"] })
  if (!rate) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Commission rate with id: ${id} was not found`)
  const names = await namesOf(container, {
    cooperatives: rate.cooperative_id ? [rate.cooperative_id] : [],
    categories: rate.category_id ? [rate.category_id] : [],
  })
  return present(rate, names)
}

/**
 * Refuses (INVALID_DATA, naming the field) a rate for a cooperative or category that does not
 * exist, or a second rate for the same cooperative and category: the rules would not know which
 * one applies. The unique index on the pair stays the last word when two staff add it at once.
 */
export async function assertNewRateAllowed(container: MedusaContainer, target: { cooperative_id: string | null; category_id: string | null }) {
  const names = await namesOf(container, {
    cooperatives: target.cooperative_id ? [target.cooperative_id] : [],
    categories: target.category_id ? [target.category_id] : [],
  })
  if (target.cooperative_id && !names.cooperatives.has(target.cooperative_id)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `cooperative_id: no cooperative has the id ${target.cooperative_id}`)
  }
  if (target.category_id && !names.categories.has(target.category_id)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `category_id: no product category has the id ${target.category_id}`)
  }
  const existing = await commissionRates(container).listCommissionRates(target, { select: ["id"] })
  if (existing.length) throw duplicateRate()
}

export const duplicateRate = () => new MedusaError(MedusaError.Types.INVALID_DATA, "a rate for this cooperative and category already exists")
