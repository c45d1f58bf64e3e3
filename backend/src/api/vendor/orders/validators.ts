import { z } from "@medusajs/framework/zod"
import { cooperativeOrderStatuses } from "../../../modules/cooperative-order/models/cooperative-order"

/**
 * Bodies and queries of `/vendor/orders`. Strict objects: an unknown field is a 400 naming it.
 * Messages name their field, for the portal to show next to it.
 */

export const ListOrdersQuery = z
  .object({
    status: z.enum(cooperativeOrderStatuses, { error: `status must be one of ${cooperativeOrderStatuses.join(", ")}` }).optional(),
    limit: z.coerce.number({ error: "limit must be a number" }).int().min(1).max(100).default(20),
    offset: z.coerce.number({ error: "offset must be a number" }).int().min(0).default(0),
  })
  .strict()
export type ListOrdersQuery = z.infer<typeof ListOrdersQuery>

const text = (field: string, max: number) =>
  z
    .string({ error: `${field} must be a text` })
    .trim()
    .min(1, `${field} must not be empty`)
    .max(max, `${field} must be at most ${max} characters`)

export const ShipOrderBody = z
  .object({
    carrier: text("carrier", 80),
    tracking_number: text("tracking_number", 80).regex(/^[\w\s./-]+$/, "tracking_number may hold letters, digits, spaces and . / - only"),
  })
  .strict()
export type ShipOrderBody = z.infer<typeof ShipOrderBody>

export const DeliverOrderBody = z
  .object({
    cash_collected: z
      .number({ error: "cash_collected must be a number" })
      .min(0, "cash_collected must not be negative")
      .max(10_000_000, "cash_collected must be at most 10000000")
      .refine((value) => Number.isInteger(Math.round(value * 100)) && Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, "cash_collected has at most 2 decimals")
      .optional(),
  })
  .strict()
export type DeliverOrderBody = z.infer<typeof DeliverOrderBody>

export const CancelItemBody = z.object({ reason: text("reason", 500) }).strict()
export type CancelItemBody = z.infer<typeof CancelItemBody>
