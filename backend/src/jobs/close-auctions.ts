import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AUCTION_MODULE } from "../modules/auction"
import type AuctionModuleService from "../modules/auction/service"
import { closeAuctionLotWorkflow } from "../workflows/auction/workflows/close-auction-lot"
import { expireAuctionOffersWorkflow } from "../workflows/auction/workflows/expire-auction-offers"

/**
 * Every minute, on the database's clock: scheduled lots whose start passed go live, lots whose
 * end passed are closed, and offers past their due date expire. Safe to run on several servers
 * at once (or twice in a minute): each close is claimed by one conditional UPDATE, so a lot is
 * closed once, by one run. One lot failing to close is logged and retried next minute without
 * holding up the others.
 */
export default async function closeAuctions(container: MedusaContainer): Promise<void> {
  const auctions = container.resolve<AuctionModuleService>(AUCTION_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  await auctions.startDueLots()
  for (const lotId of await auctions.listLotsDueToClose()) {
    try {
      await closeAuctionLotWorkflow(container).run({ input: { lot_id: lotId } })
    } catch (error) {
      logger.error(`Auction lot ${lotId} could not be closed; the next run retries: ${(error as Error).message}`)
    }
  }
  await expireAuctionOffersWorkflow(container).run()
}

export const config = { name: "close-auctions", schedule: "* * * * *" }
