import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { AuctionEvents } from "../events"
import { createOfferCartStep } from "../steps/create-offer-cart"
import { openSecondChanceStep } from "../steps/open-second-chance"

export type OfferSecondChanceWorkflowInput = { lot_id: string }

/**
 * Staff offer a sold lot whose winner did not pay in time to the next bidder: the highest bid
 * of a customer who has held no offer on it yet, at that bid, with a cart to pay it through and
 * a new due date; the lot is in `second_chance` and `auction.offer_created` is emitted. Refused
 * (NOT_ALLOWED, with the reason) while an offer is open or paid, or when no bidder is left.
 * Returns the offer's id.
 */
export const offerSecondChanceWorkflow = createWorkflow("offer-auction-second-chance", (input: OfferSecondChanceWorkflowInput) => {
  const offer = openSecondChanceStep({ lot_id: input.lot_id })
  createOfferCartStep({ offer_id: offer.id })
  emitEventStep({ eventName: AuctionEvents.OFFER_CREATED, data: { id: offer.id } })
  return new WorkflowResponse(offer)
})
