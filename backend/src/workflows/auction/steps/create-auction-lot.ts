import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AUCTION_MODULE } from "../../../modules/auction"
import type AuctionModuleService from "../../../modules/auction/service"
import type { LotProduct } from "./validate-lot-product"

/** A lot as staff schedule it; amounts in whole MAD. Dates may come back from a checkpoint as strings. */
export type NewLot = LotProduct & {
  starts_at: Date | string
  ends_at: Date | string
  starting_price: number
  reserve_price: number | null
  soft_close_minutes: number
  allow_cash_on_delivery: boolean
  payment_days: number
}

/**
 * Creates the lot in MAD, `scheduled` until its start (`live` at once when the start has
 * passed), its staff-chosen end kept apart from the end late bids move. Compensation deletes it.
 */
export const createAuctionLotStep = createStep(
  "create-auction-lot",
  async (input: NewLot, { container }) => {
    const startsAt = new Date(input.starts_at)
    const endsAt = new Date(input.ends_at)
    const lot = await container.resolve<AuctionModuleService>(AUCTION_MODULE).createAuctionLots({
      ...input,
      currency_code: "mad",
      starts_at: startsAt,
      ends_at: endsAt,
      scheduled_end_at: endsAt,
      status: startsAt.getTime() <= Date.now() ? "live" : "scheduled",
    })
    return new StepResponse(lot, lot.id)
  },
  async (lotId, { container }) => {
    if (!lotId) return
    await container.resolve<AuctionModuleService>(AUCTION_MODULE).deleteAuctionLots(lotId)
  },
)
