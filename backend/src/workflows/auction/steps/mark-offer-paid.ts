import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AUCTION_MODULE } from "../../../modules/auction"
import type AuctionModuleService from "../../../modules/auction/service"

/**
 * Marks the offer paid through cart `cart_id` paid by order `order_id`, and its lot paid (see
 * `markOfferPaid`); `null` when the cart is no unpaid offer's. Compensation restores both.
 */
export const markOfferPaidStep = createStep(
  "mark-auction-offer-paid",
  async ({ cart_id, order_id }: { cart_id: string; order_id: string }, { container }) => {
    const paid = await container.resolve<AuctionModuleService>(AUCTION_MODULE).markOfferPaid(cart_id, order_id)
    return new StepResponse(paid, paid)
  },
  async (paid, { container }) => {
    if (!paid) return
    await container.resolve<AuctionModuleService>(AUCTION_MODULE).unmarkOfferPaid(paid)
  },
)
