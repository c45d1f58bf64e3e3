import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { checkAddress, normalizePhone, type AddressFields } from "@tiwizi/address"

/**
 * One thing wrong with one field of a request body, named by its path (`shipping_address.phone`,
 * `email`) so the storefront can put its message next to that field. Codes are
 * `@tiwizi/address`'s (`required`, `too_long`, `invalid_phone`, `unknown_city`,
 * `invalid_postal_code`, `unsupported_country`) plus `invalid_email`.
 */
export type FieldIssue = { field: string; code: string }

/** An address as it comes in a request body: Medusa's address fields, possibly among others. */
export type AddressBody = AddressFields & Record<string, unknown>

/**
 * What is wrong with `address`, its fields prefixed with `prefix` (`shipping_address.`).
 * `partial`: a field the body leaves out is not missing yet. Medusa lets a cart hold an
 * incomplete address (a country and a city are enough to price delivery), so only the fields
 * sent are judged then; the whole address is checked before the cart becomes an order.
 */
export function addressIssues(prefix: string, address: AddressBody, { partial }: { partial: boolean }): FieldIssue[] {
  return checkAddress(address)
    .filter((issue) => !partial || issue.code !== "required" || issue.field in address)
    .map((issue) => ({ field: `${prefix}${issue.field}`, code: issue.code }))
}

/**
 * Rewrites a valid phone number in its international form (`0612345678` in Morocco becomes
 * `+212612345678`), the form couriers and SMS gateways dial. Call it once the address passed
 * `addressIssues`: a number that does not parse is left as it is.
 */
export function normalizeAddressPhone(address: AddressBody): void {
  if (typeof address.phone !== "string" || typeof address.country_code !== "string") return
  address.phone = normalizePhone(address.phone, address.country_code) ?? address.phone
}

/**
 * Answers 400 with Medusa's error shape (`type: "invalid_data"`, a `message` naming the fields)
 * plus `issues`, the machine-readable list. Medusa's error handler keeps only `type`, `code`
 * and `message` of a thrown error, so the middleware answers itself instead of throwing.
 */
export function refuseFieldIssues(res: MedusaResponse, issues: FieldIssue[]): void {
  const message = `Invalid ${issues.map((issue) => `${issue.field} (${issue.code})`).join(", ")}`
  res.status(400).json({ type: MedusaError.Types.INVALID_DATA, message, issues })
}
