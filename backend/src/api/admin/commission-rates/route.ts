import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { CreateCommissionRateBody } from "../marketplace-validators"
import { assertNewRateAllowed, commissionRates, duplicateRate, readCommissionRate, readCommissionRates } from "./read-commission-rates"

/**
 * `GET /admin/commission-rates`: the default rate and every override (per cooperative, per
 * category, or both), with what they apply to by name. The most specific rate wins for a line
 * (see `commission-rules.ts`).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json(await readCommissionRates(req.scope))
}

/**
 * `POST /admin/commission-rates`: a new rate for a cooperative, a category, both, or neither
 * (the default rate). It applies to orders placed from now on only: each order line keeps the
 * rate copied onto it when the order was split, so what a cooperative was told it would earn on
 * an order never changes afterwards. One row, so no workflow: there is nothing to undo.
 */
export const POST = async (req: MedusaRequest<CreateCommissionRateBody>, res: MedusaResponse) => {
  const target = { cooperative_id: req.validatedBody.cooperative_id ?? null, category_id: req.validatedBody.category_id ?? null }
  await assertNewRateAllowed(req.scope, target)
  const created = await commissionRates(req.scope)
    .createCommissionRates({ ...target, rate_bps: req.validatedBody.rate_bps })
    .catch((error: unknown) => {
      // Another staff member added the same pair between the check and the write.
      if (MedusaError.isMedusaError(error) && (error as MedusaError).type === MedusaError.Types.DUPLICATE_ERROR) throw duplicateRate()
      throw error
    })
  res.status(201).json({ commission_rate: await readCommissionRate(req.scope, created.id) })
}
