import { z } from "@medusajs/framework/zod"
import { cooperativeStatuses } from "../../../modules/cooperative/models/cooperative"
import { pagination } from "../validators"

/** `GET /admin/cooperatives`: filters by status, province and name, page by page. */
export const ListCooperativesQuery = z
  .object({
    status: z.enum(cooperativeStatuses, { error: `status must be one of ${cooperativeStatuses.join(", ")}` }).optional(),
    province: z.string({ error: "province must be a text" }).trim().min(1, "province must not be empty").max(100).optional(),
    q: z.string({ error: "q must be a text" }).trim().min(1, "q must not be empty").max(100).optional(),
    ...pagination,
  })
  .strict()
export type ListCooperativesQuery = z.infer<typeof ListCooperativesQuery>

/** `GET /admin/cooperatives/:id` takes no query parameters. */
export const GetCooperativeQuery = z.object({}).strict()
