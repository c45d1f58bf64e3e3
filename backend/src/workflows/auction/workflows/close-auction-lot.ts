import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { AuctionEvents } from "../events"
import { claimLotCloseStep } from "../steps/claim-lot-close"
import { createAuctionOfferStep } from "../steps/create-auction-offer"
import { createOfferCartStep } from "../steps/create-offer-cart"

export type CloseAuctionLotWorkflowInput = { lot_id: string }

const DAY_MS = 24 * 60 * 60_000

/**
 * Closes a lot whose end has passed, exactly once however many runs race for it: only the run
 * that claims the lot (`claimLotCloseStep`) writes the outcome and emits `auction.closed`. Sold
 * (a leader, reserve met or none): the winner gets an offer at the hammer price, due
 * `payment_days` after the close, and a cart to pay it through, and `auction.offer_created` is
 * emitted. Not sold: nothing else is written. Returns whether this run closed it, and how.
 */
export const closeAuctionLotWorkflow = createWorkflow("close-auction-lot", (input: CloseAuctionLotWorkflowInput) => {
  const closed = claimLotCloseStep({ lot_id: input.lot_id })
  const offer = when("offer-to-winner", { closed }, ({ closed }) => closed?.outcome === "sold").then(() => {
    const data = transform({ closed }, ({ closed }) => ({
      lot_id: closed!.id,
      customer_id: closed!.winner_customer_id!,
      amount: closed!.hammer_price!,
      due_at: new Date(new Date(closed!.closed_at).getTime() + closed!.payment_days * DAY_MS),
    }))
    const created = createAuctionOfferStep(data)
    createOfferCartStep({ offer_id: created.id })
    emitEventStep({ eventName: AuctionEvents.OFFER_CREATED, data: { id: created.id } }).config({ name: "emit-offer-created" })
    return created
  })
  when("announce-close", { closed }, ({ closed }) => !!closed).then(() => {
    const data = transform({ closed }, ({ closed }) => ({ id: closed!.id, outcome: closed!.outcome }))
    emitEventStep({ eventName: AuctionEvents.CLOSED, data }).config({ name: "emit-lot-closed" })
  })
  const result = transform({ closed, offer }, ({ closed, offer }) => ({
    closed: !!closed,
    outcome: closed?.outcome ?? null,
    offer_id: offer?.id ?? null,
  }))
  return new WorkflowResponse(result)
})
