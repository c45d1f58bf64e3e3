import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AUCTION_MODULE } from "../../../modules/auction"
import type AuctionModuleService from "../../../modules/auction/service"

/**
 * Offers the lot to its next bidder at their highest bid (see `openSecondChance` for the choice
 * and for what is refused). Compensation deletes the offer and gives the lot back its status.
 */
export const openSecondChanceStep = createStep(
  "open-auction-second-chance",
  async ({ lot_id }: { lot_id: string }, { container }) => {
    const opened = await container.resolve<AuctionModuleService>(AUCTION_MODULE).openSecondChance(lot_id)
    return new StepResponse({ id: opened.offer_id }, { lot_id, ...opened })
  },
  async (opened, { container }) => {
    if (!opened) return
    await container.resolve<AuctionModuleService>(AUCTION_MODULE).undoSecondChance(opened.lot_id, opened.offer_id, opened.previous_status)
  },
)
