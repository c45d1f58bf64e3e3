import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { AUCTION_MODULE } from "../modules/auction"
import type AuctionModuleService from "../modules/auction/service"
import { closeAuctionLotWorkflow } from "../workflows/auction/workflows/close-auction-lot"
import { expireAuctionOffersWorkflow } from "../workflows/auction/workflows/expire-auction-offers"

/**
 * Every minute, on the database's clock: scheduled lots whose start passed go live, lots whose
 * end passed are closed, and offers past their due date expire. Safe to run on several servers
 * at once (or twice in a minute): each close is claimed by one conditional UPDATE, so a lot is
 * closed once, by one run. One lot failing to close is logged and retried next minute without
 * holding up the others; its reason is kept on the lot for staff, who get a notice in Medusa
 * Admin the first time (and again only if the reason changes).
 */
export default async function closeAuctions(container: MedusaContainer): Promise<void> {
  const auctions = container.resolve<AuctionModuleService>(AUCTION_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  await auctions.startDueLots()
  for (const lotId of await auctions.listLotsDueToClose()) {
    try {
      const { result } = await closeAuctionLotWorkflow(container).run({ input: { lot_id: lotId } })
      if (result.closed) await auctions.updateAuctionLots({ id: lotId, close_error: null })
    } catch (error) {
      const reason = (error as Error).message
      logger.error(`Auction lot ${lotId} could not be closed; the next run retries: ${reason}`)
      if (await auctions.recordCloseFailure(lotId, reason)) {
        await tellStaff(container, lotId, reason).catch((failure: Error) => logger.error(`Staff were not told of lot ${lotId}: ${failure.message}`))
      }
    }
  }
  await expireAuctionOffersWorkflow(container).run()
}

/** A notice in Medusa Admin's notifications (the `feed` channel), once per new reason. */
async function tellStaff(container: MedusaContainer, lotId: string, reason: string): Promise<void> {
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: "",
    channel: "feed",
    template: "admin-ui",
    data: {
      title: "Enchère : clôture impossible",
      description: `Le lot ${lotId} n'a pas pu être clos (${reason}). Nouvel essai chaque minute ; voir Enchères.`,
    },
  })
}

export const config = { name: "close-auctions", schedule: "* * * * *" }
