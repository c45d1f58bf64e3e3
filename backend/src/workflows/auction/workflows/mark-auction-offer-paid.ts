import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markOfferPaidStep } from "../steps/mark-offer-paid"

export type MarkAuctionOfferPaidWorkflowInput = { cart_id: string; order_id: string }

/**
 * An order was placed from cart `cart_id`: if that cart was made to pay an auction offer, the
 * offer is paid by the order and its lot is paid. Any other cart changes nothing. Returns the
 * paid offer, or `null`.
 */
export const markAuctionOfferPaidWorkflow = createWorkflow("mark-auction-offer-paid", (input: MarkAuctionOfferPaidWorkflowInput) => {
  return new WorkflowResponse(markOfferPaidStep(input))
})
