import { z } from "@medusajs/framework/zod"

/**
 * `GET /store/auctions`: a phase (live unless `product_id` asks for every lot holding that
 * product), and pagination; anything else is refused by name.
 */
export const StoreListAuctionsParams = z
  .object({
    phase: z.enum(["live", "upcoming", "ended"]).optional(),
    product_id: z.string().trim().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export type StoreListAuctionsParamsType = z.infer<typeof StoreListAuctionsParams>

/** A lot's detail and its stream take no query parameters besides the locale. */
export const StoreGetAuctionParams = z.object({}).strict()

/**
 * `POST /store/auctions/:id/bids`: exactly `amount` (or up to it, with `max`), in a currency.
 * Whole, positive amounts and the lot's currency are the rules' to judge, so that their
 * refusals carry their own codes (`invalid_amount`, `currency_mismatch`).
 */
export const StorePlaceBid = z
  .object({
    amount: z.number(),
    currency_code: z.string().trim().min(1).max(10),
    max: z.boolean().optional(),
  })
  .strict()

export type StorePlaceBidType = z.infer<typeof StorePlaceBid>
