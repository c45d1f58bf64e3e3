import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

export type AuctionSchedule = {
  starts_at: Date | string
  ends_at: Date | string
  starting_price: number
  reserve_price?: number | null
}

/**
 * A lot's own rules, checked here for every caller (the admin route's validator says the same
 * first): an end after the start and still to come, a reserve not below the starting price.
 * INVALID_DATA otherwise. Reads nothing, writes nothing.
 */
export const checkAuctionScheduleStep = createStep("check-auction-schedule", async (input: AuctionSchedule) => {
  const startsAt = new Date(input.starts_at).getTime()
  const endsAt = new Date(input.ends_at).getTime()
  if (!(endsAt > startsAt)) throw new MedusaError(MedusaError.Types.INVALID_DATA, "ends_at must be after starts_at")
  if (endsAt <= Date.now()) throw new MedusaError(MedusaError.Types.INVALID_DATA, "ends_at must be in the future")
  if (input.reserve_price != null && input.reserve_price < input.starting_price) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "reserve_price must not be below starting_price")
  }
})
