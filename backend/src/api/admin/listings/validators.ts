import { z } from "@medusajs/framework/zod"
import { pagination } from "../validators"

/** What waits for staff: a new listing, or a change to a live one. */
export const reviewKinds = ["listing", "revision"] as const
export type ReviewKind = (typeof reviewKinds)[number]

/** `GET /admin/listings/review`: the queue, oldest first, optionally one kind or one cooperative. */
export const ReviewQueueQuery = z
  .object({
    kind: z.enum(reviewKinds, { error: `kind must be one of ${reviewKinds.join(", ")}` }).optional(),
    cooperative_id: z.string({ error: "cooperative_id must be a text" }).trim().min(1, "cooperative_id must not be empty").max(100).optional(),
    ...pagination,
  })
  .strict()
export type ReviewQueueQuery = z.infer<typeof ReviewQueueQuery>
