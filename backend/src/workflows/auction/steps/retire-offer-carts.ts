import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Soft-deletes the carts of offers that can no longer be paid (expired, withdrawn): each holds
 * the lot's piece at a bid's price, and once the lot stops holding the product nothing else
 * would stop that cart from buying it at that price. Compensation restores them.
 */
export const retireOfferCartsStep = createStep(
  "retire-auction-offer-carts",
  async ({ cart_ids }: { cart_ids: string[] }, { container }) => {
    if (!cart_ids.length) return new StepResponse(undefined, [] as string[])
    await container.resolve(Modules.CART).softDeleteCarts(cart_ids)
    return new StepResponse(undefined, cart_ids)
  },
  async (cartIds, { container }) => {
    if (!cartIds?.length) return
    await container.resolve(Modules.CART).restoreCarts(cartIds)
  },
)
