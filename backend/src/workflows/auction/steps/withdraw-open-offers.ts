import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AUCTION_MODULE } from "../../../modules/auction"
import type AuctionModuleService from "../../../modules/auction/service"

/** The offers withdrawn, with the carts that were made to pay them. */
export type WithdrawnOffers = { offer_ids: string[]; cart_ids: string[] }

/** Withdraws the lot's open offers (its customer can no longer pay it). Compensation opens them again. */
export const withdrawOpenOffersStep = createStep(
  "withdraw-open-auction-offers",
  async ({ lot_id }: { lot_id: string }, { container }) => {
    const service = container.resolve<AuctionModuleService>(AUCTION_MODULE)
    const open = await service.listAuctionOffers({ lot_id, status: "open" }, { select: ["id", "cart_id"] })
    if (open.length) await service.updateAuctionOffers(open.map((offer) => ({ id: offer.id, status: "withdrawn" as const })))
    const withdrawn: WithdrawnOffers = {
      offer_ids: open.map((offer) => offer.id),
      cart_ids: open.flatMap((offer) => (offer.cart_id ? [offer.cart_id] : [])),
    }
    return new StepResponse(withdrawn, withdrawn.offer_ids)
  },
  async (offerIds, { container }) => {
    if (!offerIds?.length) return
    await container
      .resolve<AuctionModuleService>(AUCTION_MODULE)
      .updateAuctionOffers(offerIds.map((id) => ({ id, status: "open" as const })))
  },
)
