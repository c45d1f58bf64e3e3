import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AUCTION_MODULE } from "../../../modules/auction"
import type AuctionModuleService from "../../../modules/auction/service"

/**
 * Claims the close of a lot whose end has passed (see `claimLotClose`): the lot, closed as sold
 * or not sold, for the one run that claimed it; `null` for every other run and for a lot not
 * due, which then write nothing. Compensation reopens the lot, for the next run to close it.
 */
export const claimLotCloseStep = createStep(
  "claim-lot-close",
  async ({ lot_id }: { lot_id: string }, { container }) => {
    const closed = await container.resolve<AuctionModuleService>(AUCTION_MODULE).claimLotClose(lot_id)
    return new StepResponse(closed, closed ? lot_id : null)
  },
  async (lotId, { container }) => {
    if (!lotId) return
    await container.resolve<AuctionModuleService>(AUCTION_MODULE).reopenClosedLot(lotId)
  },
)
