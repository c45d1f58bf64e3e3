import { z } from "@medusajs/framework/zod"
import { auctionLotStatuses } from "../../../modules/auction/models/auction-lot"
import { pagination } from "../validators"

/** `GET /admin/auctions`: every lot, filtered by status, cooperative or product, page by page. */
export const ListAuctionsQuery = z
  .object({
    status: z.enum(auctionLotStatuses, { error: `status must be one of ${auctionLotStatuses.join(", ")}` }).optional(),
    cooperative_id: z.string({ error: "cooperative_id must be a text" }).trim().min(1).max(100).optional(),
    product_id: z.string({ error: "product_id must be a text" }).trim().min(1).max(100).optional(),
    ...pagination,
  })
  .strict()
export type ListAuctionsQuery = z.infer<typeof ListAuctionsQuery>

/**
 * `GET /admin/auctions/:id` and `GET /admin/auctions/eligible-products` take no query
 * parameters (the second path also matches the first's `:id`, so both share this one).
 */
export const NoQuery = z.object({}).strict()

const wholeMad = (field: string) =>
  z
    .number({ error: `${field} must be a number of dirhams` })
    .int(`${field} must be a whole number of dirhams`)
    .min(1, `${field} must be at least 1`)
    .max(100_000_000, `${field} must be at most 100000000`)

const instant = (field: string) => z.coerce.date({ error: `${field} must be a date and time (ISO 8601)` })

/**
 * `POST /admin/auctions`: a lot of one product, in whole MAD. The end comes after the start and
 * the reserve, when there is one, is not below the starting price; the cooperative and the
 * variant are the product's, never the body's.
 */
export const CreateAuctionBody = z
  .object({
    product_id: z.string({ error: "product_id is required" }).trim().min(1, "product_id is required"),
    starts_at: instant("starts_at"),
    ends_at: instant("ends_at"),
    starting_price: wholeMad("starting_price"),
    reserve_price: wholeMad("reserve_price").nullable().optional(),
    soft_close_minutes: z.number({ error: "soft_close_minutes must be a number" }).int().min(0).max(60).default(5),
    allow_cash_on_delivery: z.boolean({ error: "allow_cash_on_delivery must be true or false" }).default(false),
    payment_days: z.number({ error: "payment_days must be a number" }).int().min(1).max(30).default(3),
  })
  .strict()
  .refine((body) => body.ends_at > body.starts_at, { path: ["ends_at"], message: "ends_at must be after starts_at" })
  .refine((body) => body.reserve_price == null || body.reserve_price >= body.starting_price, {
    path: ["reserve_price"],
    message: "reserve_price must not be below starting_price",
  })
export type CreateAuctionBody = z.infer<typeof CreateAuctionBody>
