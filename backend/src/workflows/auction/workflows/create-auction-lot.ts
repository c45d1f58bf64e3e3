import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkAuctionScheduleStep } from "../steps/check-auction-schedule"
import { createAuctionLotStep } from "../steps/create-auction-lot"
import { validateLotProductStep } from "../steps/validate-lot-product"

export type CreateAuctionLotWorkflowInput = {
  product_id: string
  starts_at: Date | string
  ends_at: Date | string
  starting_price: number
  reserve_price?: number | null
  soft_close_minutes: number
  allow_cash_on_delivery: boolean
  payment_days: number
}

/**
 * Staff put a live, one-of-a-kind product in stock on auction: a lot of its one variant, for its
 * cooperative, in MAD. A bad schedule is INVALID_DATA; a product that cannot be auctioned is
 * refused with the reason (see `validateLotProductStep`). Returns the lot.
 */
export const createAuctionLotWorkflow = createWorkflow("create-auction-lot", (input: CreateAuctionLotWorkflowInput) => {
  checkAuctionScheduleStep(input)
  const product = validateLotProductStep({ product_id: input.product_id })
  const lot = transform({ input, product }, ({ input, product }) => ({
    ...product,
    starts_at: input.starts_at,
    ends_at: input.ends_at,
    starting_price: input.starting_price,
    reserve_price: input.reserve_price ?? null,
    soft_close_minutes: input.soft_close_minutes,
    allow_cash_on_delivery: input.allow_cash_on_delivery,
    payment_days: input.payment_days,
  }))
  return new WorkflowResponse(createAuctionLotStep(lot))
})
