import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { AuctionEvents } from "../events"
import { expireDueOffersStep } from "../steps/expire-due-offers"
import { retireOfferCartsStep } from "../steps/retire-offer-carts"

/**
 * Offers not paid by their due date expire and their carts are retired; the lot keeps holding
 * its product until staff offer it to the next bidder or cancel it. `auction.offer_expired` is
 * emitted once per expired offer, so each customer is told. Returns the expired offers.
 */
export const expireAuctionOffersWorkflow = createWorkflow("expire-auction-offers", () => {
  const expired = expireDueOffersStep()
  retireOfferCartsStep({ cart_ids: expired.cart_ids })
  const events = transform({ expired }, ({ expired }) => expired.offer_ids.map((id) => ({ id })))
  emitEventStep({ eventName: AuctionEvents.OFFER_EXPIRED, data: events })
  return new WorkflowResponse(expired)
})
