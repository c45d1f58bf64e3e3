import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AUCTION_MODULE } from "../../../modules/auction"
import type AuctionModuleService from "../../../modules/auction/service"

/** The winner's offer to pay a closed lot; `due_at` may come back from a checkpoint as a string. */
export type NewAuctionOffer = { lot_id: string; customer_id: string; amount: number; due_at: Date | string }

/** Offers a closed lot to its winner at the hammer price, open until `due_at`. Compensation deletes the offer. */
export const createAuctionOfferStep = createStep(
  "create-auction-offer",
  async (input: NewAuctionOffer, { container }) => {
    const offer = await container
      .resolve<AuctionModuleService>(AUCTION_MODULE)
      .createAuctionOffers({ ...input, kind: "winner", due_at: new Date(input.due_at) })
    return new StepResponse({ id: offer.id }, offer.id)
  },
  async (offerId, { container }) => {
    if (!offerId) return
    await container.resolve<AuctionModuleService>(AUCTION_MODULE).deleteAuctionOffers(offerId)
  },
)
