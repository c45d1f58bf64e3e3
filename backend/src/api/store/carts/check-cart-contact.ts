import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addressIssues, normalizeAddressPhone, refuseFieldIssues, type AddressBody, type FieldIssue } from "./field-issues"
import { EmailAddress } from "./validators"

const isAddress = (value: unknown): value is AddressBody => typeof value === "object" && value !== null && !Array.isArray(value)

/**
 * `POST /store/carts` and `POST /store/carts/:id`: the email and the shipping and billing
 * addresses a cart is given. Each field sent is judged (a blank street, an unknown Moroccan
 * city, a phone nobody can call is refused, naming the field); fields left out wait for the
 * check before completion. Valid phones are rewritten in international form before Medusa
 * stores them. Runs before Medusa's own validator, which then reads the rewritten body.
 */
export function checkCartContact(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as Record<string, unknown>
  const issues: FieldIssue[] = []
  if (typeof body.email === "string" && !EmailAddress.safeParse(body.email).success) {
    issues.push({ field: "email", code: "invalid_email" })
  }
  const addresses = (["shipping_address", "billing_address"] as const).flatMap((key) => (isAddress(body[key]) ? [[key, body[key]] as const] : []))
  for (const [key, address] of addresses) issues.push(...addressIssues(`${key}.`, address, { partial: true }))
  if (issues.length) return refuseFieldIssues(res, issues)
  for (const [, address] of addresses) normalizeAddressPhone(address)
  next()
}
