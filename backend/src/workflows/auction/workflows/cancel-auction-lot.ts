import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { AuctionEvents } from "../events"
import { cancelLotStep } from "../steps/cancel-lot"
import { retireOfferCartsStep } from "../steps/retire-offer-carts"
import { withdrawOpenOffersStep } from "../steps/withdraw-open-offers"

export type CancelAuctionLotWorkflowInput = { lot_id: string; reason: string }

/**
 * Staff cancel a lot, with the reason they give, at any time before it is paid: the lot stops
 * taking bids and holding its product, its open offer is withdrawn and that offer's cart
 * retired, so the product is back on sale at its own price only; `auction.cancelled` is emitted
 * so its bidders are told. A paid or cancelled lot is NOT_ALLOWED. Returns the withdrawn offers.
 */
export const cancelAuctionLotWorkflow = createWorkflow("cancel-auction-lot", (input: CancelAuctionLotWorkflowInput) => {
  cancelLotStep(input)
  const withdrawn = withdrawOpenOffersStep({ lot_id: input.lot_id })
  retireOfferCartsStep({ cart_ids: withdrawn.cart_ids })
  emitEventStep({ eventName: AuctionEvents.CANCELLED, data: { id: input.lot_id } })
  return new WorkflowResponse(withdrawn)
})
