import { z } from "@medusajs/framework/zod"
import { locales } from "@tiwizi/locale"
import { auctionLotStatuses } from "../../../modules/auction/models/auction-lot"

/**
 * `GET /vendor/auctions`: the cooperative's lots, optionally in one status, page by page, with
 * titles in `locale`. Medusa reads the request's locale on `/store` routes only, so the portal
 * names its language here.
 */
export const ListVendorAuctionsQuery = z
  .object({
    status: z.enum(auctionLotStatuses, { error: `status must be one of ${auctionLotStatuses.join(", ")}` }).optional(),
    locale: z.enum(locales, { error: `locale must be one of ${locales.join(", ")}` }).optional(),
    limit: z.coerce.number({ error: "limit must be a number" }).int().min(1).max(100).default(50),
    offset: z.coerce.number({ error: "offset must be a number" }).int().min(0).default(0),
  })
  .strict()
export type ListVendorAuctionsQuery = z.infer<typeof ListVendorAuctionsQuery>
