import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AUCTION_MODULE } from "../../../modules/auction"
import type AuctionModuleService from "../../../modules/auction/service"

/** The offers expired, with the carts that were made to pay them. */
export type ExpiredOffers = { offer_ids: string[]; cart_ids: string[] }

/** Open offers past their due date become `expired` (see `expireDueOffers`). Compensation opens them again. */
export const expireDueOffersStep = createStep(
  "expire-due-auction-offers",
  async (_input: undefined, { container }) => {
    const expired = await container.resolve<AuctionModuleService>(AUCTION_MODULE).expireDueOffers()
    const result: ExpiredOffers = {
      offer_ids: expired.map((offer) => offer.id),
      cart_ids: expired.flatMap((offer) => (offer.cart_id ? [offer.cart_id] : [])),
    }
    return new StepResponse(result, result.offer_ids)
  },
  async (offerIds, { container }) => {
    if (!offerIds?.length) return
    await container
      .resolve<AuctionModuleService>(AUCTION_MODULE)
      .updateAuctionOffers(offerIds.map((id) => ({ id, status: "open" as const })))
  },
)
