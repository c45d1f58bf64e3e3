import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { fromCents, toCents } from "../split-totals"

export type RefundCustomerStepInput = { order_id: string; amount: number; note: string }

/**
 * Gives the customer back `amount` of their order (a line a cooperative cancelled, a staff
 * refund of a delivered part). Money already taken (a captured payment) is refunded through
 * Medusa's payment module; money not yet taken (cash on delivery, a card only authorized) is
 * simply not collected: the part's `refunded_total` already lowers what is due. Returns the amount refunded through the payment. Runs last: a refund cannot be
 * taken back, so this step has no compensation.
 */
export const refundCustomerStep = createStep("refund-customer", async (input: RefundCustomerStepInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["payment_collections.payments.id", "payment_collections.payments.captures.amount", "payment_collections.payments.refunds.amount"],
    filters: { id: input.order_id },
  })
  const payments = (data[0]?.payment_collections ?? []).flatMap((collection) => collection?.payments ?? [])
  const sum = (amounts: ({ amount: unknown } | null)[] | undefined) =>
    (amounts ?? []).reduce((total, entry) => total + toCents(Number(entry?.amount ?? 0)), 0)
  const wanted = toCents(input.amount)
  const payment = payments.find((candidate) => !!candidate && sum(candidate.captures) - sum(candidate.refunds) >= wanted)
  if (!payment) return new StepResponse(0)
  await refundPaymentWorkflow(container).run({ input: { payment_id: payment.id, amount: fromCents(wanted), note: input.note } })
  return new StepResponse(fromCents(wanted))
})
