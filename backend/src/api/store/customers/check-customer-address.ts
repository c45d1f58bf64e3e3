import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addressIssues, normalizeAddressPhone, refuseFieldIssues, type AddressBody } from "../carts/field-issues"

const addressFields = ["first_name", "last_name", "company", "address_1", "address_2", "city", "postal_code", "province", "country_code", "phone"]

/** The customer's stored address `id`, or `null` when it is not theirs (or there is no customer). */
async function storedAddress(req: MedusaRequest, id: string): Promise<AddressBody | null> {
  // Medusa authenticates store requests before any middleware; the address routes require it later.
  const customerId = (req as Partial<AuthenticatedMedusaRequest>).auth_context?.actor_id
  if (!customerId) return null
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer_address", fields: addressFields, filters: { id, customer_id: customerId } })
  return (data[0] as AddressBody | undefined) ?? null
}

/**
 * `POST /store/customers/me/addresses[/:address_id]`: an address book entry must be an address
 * we can deliver to. A new one is checked whole; an update is checked as it will be once merged
 * with the stored address, and an id that is not the customer's is left to Medusa's own 401/404.
 * Issues name the bare field (`phone`, `city`). Valid phones are stored in international form.
 */
export async function checkCustomerAddress(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as AddressBody
  const addressId: string | undefined = req.params[0]
  const stored = addressId ? await storedAddress(req, addressId) : {}
  if (!stored) return next()
  const address = { ...stored, ...body }
  const issues = addressIssues("", address, { partial: false })
  if (issues.length) return refuseFieldIssues(res, issues)
  if (typeof body.phone === "string") {
    normalizeAddressPhone(address)
    body.phone = address.phone
  }
  next()
}
