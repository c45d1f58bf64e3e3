import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CooperativeOrderStatus } from "../../../modules/cooperative-order/models/cooperative-order"
import { unshippedStatuses } from "../../../modules/cooperative-order/late-shipments"

/** Filters on parts: a group is listed when one of its parts matches all of them. */
export type PartFilters = { status?: CooperativeOrderStatus; cooperative_id?: string; late?: boolean }

/**
 * One page of the customers' orders that have a matching part, newest first (the order's
 * display number grows with time), with the count of all such orders. In SQL on the parts'
 * table: paging over distinct orders means grouping the parts, which neither the module's
 * service nor Query does, and loading every part to group them in Node costs one row per part
 * for the whole shop's history. `lateBefore` is the cutoff of {@link isLate}, so the filter
 * agrees with the `late` flag the page shows.
 */
export async function pageOfOrderIds(
  container: MedusaContainer,
  filters: PartFilters & { lateBefore: Date },
  page: { limit: number; offset: number },
): Promise<{ orderIds: string[]; count: number }> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const unshipped = [...unshippedStatuses]
  const matching = knex("cooperative_order").whereNull("deleted_at")
  if (filters.status) matching.where("status", filters.status)
  if (filters.cooperative_id) matching.where("cooperative_id", filters.cooperative_id)
  if (filters.late === true) matching.whereIn("status", unshipped).where("created_at", "<", filters.lateBefore)
  if (filters.late === false) {
    matching.where((onTime) => onTime.whereNotIn("status", unshipped).orWhere("created_at", ">=", filters.lateBefore))
  }
  const [rows, [counted]] = await Promise.all([
    matching
      .clone()
      .select("order_id")
      .max("order_display_id as display_id")
      .groupBy("order_id")
      .orderBy([{ column: "display_id", order: "desc" }, { column: "order_id", order: "desc" }])
      .limit(page.limit)
      .offset(page.offset),
    matching.clone().countDistinct("order_id as count"),
  ])
  return { orderIds: rows.map((row: { order_id: string }) => row.order_id), count: Number(counted?.count ?? 0) }
}
