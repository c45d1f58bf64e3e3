import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { fromCents, toCents } from "../split-totals"

export type CaptureCollectedCashStepInput = { order_id: string; amount: number }

/**
 * Records the cash a carrier collected for one cooperative's parcel as a capture of the order's
 * cash-on-delivery payment, so Medusa's order shows what was paid, part by part. Never more
 * than the payment still holds authorized. A capture cannot be undone: this step has no
 * compensation, and the workflow runs it after the moves that can be put back.
 */
export const captureCollectedCashStep = createStep("capture-collected-cash", async (input: CaptureCollectedCashStepInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["payment_collections.payments.id", "payment_collections.payments.amount", "payment_collections.payments.provider_id", "payment_collections.payments.captures.amount"],
    filters: { id: input.order_id },
  })
  const payment = (data[0]?.payment_collections ?? [])
    .flatMap((collection) => collection?.payments ?? [])
    .find((candidate) => candidate?.provider_id === "pp_cod_cod")
  if (!payment) return new StepResponse(0)
  const captured = (payment.captures ?? []).reduce((sum, capture) => sum + toCents(Number(capture?.amount ?? 0)), 0)
  const cents = Math.min(toCents(input.amount), toCents(Number(payment.amount)) - captured)
  if (cents <= 0) return new StepResponse(0)
  await capturePaymentWorkflow(container).run({ input: { payment_id: payment.id, amount: fromCents(cents) } })
  return new StepResponse(fromCents(cents))
})
