import { z } from "@medusajs/framework/zod"
import { cooperativeOrderStatuses } from "../../modules/cooperative-order/models/cooperative-order"
import { pagination } from "./validators"

/**
 * Queries and bodies of staff's marketplace routes (`/admin/order-groups`,
 * `/admin/commission-rates`). Strict objects: an unknown field is a 400 naming it.
 */

const id = (field: string) => z.string({ error: `${field} must be a text` }).trim().min(1, `${field} must not be empty`).max(100)

/** `GET /admin/order-groups`: filters on the parts; a group is listed when one of its parts matches them all. */
export const ListOrderGroupsQuery = z
  .object({
    late: z
      .enum(["true", "false"], { error: "late must be true or false" })
      .transform((value) => value === "true")
      .optional(),
    status: z.enum(cooperativeOrderStatuses, { error: `status must be one of ${cooperativeOrderStatuses.join(", ")}` }).optional(),
    cooperative_id: id("cooperative_id").optional(),
    ...pagination,
  })
  .strict()
export type ListOrderGroupsQuery = z.infer<typeof ListOrderGroupsQuery>

/** `GET /admin/order-groups/:id` and `GET /admin/commission-rates` take no query parameters. */
export const NoQuery = z.object({}).strict()

/** Basis points: 1000 is 10 %. Above 50 % would leave the cooperative less than Tiwizi. */
const rateBps = z
  .number({ error: "rate_bps must be a number of basis points (1000 is 10 %)" })
  .int("rate_bps must be a whole number of basis points (1000 is 10 %)")
  .min(0, "rate_bps must be between 0 and 5000 (0 % to 50 %)")
  .max(5000, "rate_bps must be between 0 and 5000 (0 % to 50 %)")

/** A new rate: for a cooperative, a category, both, or neither (the default rate). */
export const CreateCommissionRateBody = z
  .object({
    cooperative_id: id("cooperative_id").nullish(),
    category_id: id("category_id").nullish(),
    rate_bps: rateBps,
  })
  .strict()
export type CreateCommissionRateBody = z.infer<typeof CreateCommissionRateBody>

/** A rate's percentage only: what it applies to is its identity; delete it and add another to change that. */
export const UpdateCommissionRateBody = z.object({ rate_bps: rateBps }).strict()
export type UpdateCommissionRateBody = z.infer<typeof UpdateCommissionRateBody>
