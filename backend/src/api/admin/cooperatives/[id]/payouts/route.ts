import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LEDGER_MODULE } from "../../../../../modules/ledger"
import type LedgerModuleService from "../../../../../modules/ledger/service"
import { recordPayoutWorkflow } from "../../../../../workflows/ledger/workflows/record-payout"
import type { PayoutBody } from "../../../ledger-validators"

/**
 * `POST /admin/cooperatives/:id/payouts`: records a bank transfer made to the cooperative, by
 * the logged-in staff user; answers with the ledger entry and the balance left in its currency.
 * Above the balance: 400, nothing written.
 */
export const POST = async (req: AuthenticatedMedusaRequest<PayoutBody>, res: MedusaResponse) => {
  const cooperativeId = req.params.id
  const { result: payout } = await recordPayoutWorkflow(req.scope).run({
    input: { ...req.validatedBody, cooperative_id: cooperativeId, recorded_by: req.auth_context.actor_id },
  })
  const balance = await req.scope.resolve<LedgerModuleService>(LEDGER_MODULE).balance(cooperativeId, payout.currency_code)
  res.json({ payout, balance })
}
