import { z } from "@medusajs/framework/zod"

/**
 * Bodies of staff decisions, shared by cooperatives, listings and revisions. Strict, so a field
 * the route does not take (a `decided_by` above all: who decides comes from the login) is a 400
 * naming it.
 */

/** Approving or reinstating takes nothing but the staff user's login. */
export const EmptyBody = z.object({}).strict()
export type EmptyBody = z.infer<typeof EmptyBody>

/** Rejecting or suspending needs a reason, which the cooperative's members read. */
export const ReasonBody = z
  .object({
    reason: z
      .string({ error: "reason is required and must be a text" })
      .trim()
      .min(1, "reason must not be empty: tell the cooperative why")
      .max(2_000, "reason must be at most 2000 characters"),
  })
  .strict()
export type ReasonBody = z.infer<typeof ReasonBody>

/** Page through a list: `limit` up to 100, from `offset`. */
export const pagination = {
  limit: z.coerce.number({ error: "limit must be a number" }).int("limit must be a whole number").min(1).max(100).default(20),
  offset: z.coerce.number({ error: "offset must be a number" }).int("offset must be a whole number").min(0).default(0),
}
