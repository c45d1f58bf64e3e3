import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { expireDueOffersStep } from "../steps/expire-due-offers"
import { retireOfferCartsStep } from "../steps/retire-offer-carts"

/**
 * Offers not paid by their due date expire and their carts are retired; the lot keeps holding
 * its product until staff offer it to the next bidder or cancel it. Returns the expired offers.
 */
export const expireAuctionOffersWorkflow = createWorkflow("expire-auction-offers", () => {
  const expired = expireDueOffersStep()
  retireOfferCartsStep({ cart_ids: expired.cart_ids })
  return new WorkflowResponse(expired)
})
