import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { verifyCustomerEmailWorkflow } from "../../../workflows/email-verification/workflows/verify-customer-email"
import type { StoreVerifyEmailBody } from "./validators"

/**
 * `POST /store/email-verifications`: the storefront's verification page posts the emailed
 * link's token. No login is needed, since the link may be opened on another device: the token
 * itself names the customer and the address. 400 `invalid_link` for a bad, expired or outdated one.
 */
export async function POST(req: MedusaRequest<StoreVerifyEmailBody>, res: MedusaResponse) {
  await verifyCustomerEmailWorkflow(req.scope).run({ input: { token: req.validatedBody.token } })
  res.json({ verified: true })
}
