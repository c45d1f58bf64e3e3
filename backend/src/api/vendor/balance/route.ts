import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import { vendorScope } from "../scope"

/** `GET /vendor/balance`: what Tiwizi owes the member's cooperative, per currency it has entries in. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const cooperativeId = vendorScope(req).cooperativeId!
  res.json({ balances: await req.scope.resolve<LedgerModuleService>(LEDGER_MODULE).balances(cooperativeId) })
}
