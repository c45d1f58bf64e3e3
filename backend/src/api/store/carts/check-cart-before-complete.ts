import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addressIssues, refuseFieldIssues, type AddressBody, type FieldIssue } from "./field-issues"

/**
 * `POST /store/carts/:id/complete`: a cart becomes an order only with an email and a whole
 * delivery address. Medusa accepts incomplete addresses on carts (they price delivery), and
 * completes a cart whatever its address holds; this refuses, naming the fields, before any
 * payment is authorized or stock reserved. A completed cart goes through: Medusa answers it
 * with its order.
 */
export async function checkCartBeforeComplete(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "email", "completed_at", "shipping_address.*"],
    filters: { id: req.params.id },
  })
  const cart = data[0]
  if (!cart || cart.completed_at) return next()
  const issues: FieldIssue[] = []
  if (!cart.email) issues.push({ field: "email", code: "required" })
  if (!cart.shipping_address) issues.push({ field: "shipping_address", code: "required" })
  else issues.push(...addressIssues("shipping_address.", cart.shipping_address as AddressBody, { partial: false }))
  if (issues.length) return refuseFieldIssues(res, issues)
  next()
}
