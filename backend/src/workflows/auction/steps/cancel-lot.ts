import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AUCTION_MODULE } from "../../../modules/auction"
import type AuctionModuleService from "../../../modules/auction/service"

/**
 * Cancels a lot with staff's reason, under its row lock (see `cancelLot`: a paid or cancelled
 * lot is NOT_ALLOWED). Compensation gives the lot back the status it had.
 */
export const cancelLotStep = createStep(
  "cancel-auction-lot",
  async ({ lot_id, reason }: { lot_id: string; reason: string }, { container }) => {
    const previous = await container.resolve<AuctionModuleService>(AUCTION_MODULE).cancelLot(lot_id, reason)
    return new StepResponse(previous, { lot_id, previous })
  },
  async (cancelled, { container }) => {
    if (!cancelled) return
    await container.resolve<AuctionModuleService>(AUCTION_MODULE).restoreCancelledLot(cancelled.lot_id, cancelled.previous)
  },
)
