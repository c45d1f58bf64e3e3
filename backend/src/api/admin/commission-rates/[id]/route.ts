import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { UpdateCommissionRateBody } from "../../marketplace-validators"
import { commissionRates, readCommissionRate } from "../read-commission-rates"

/**
 * `POST /admin/commission-rates/:id`: changes a rate's percentage. Like a new rate, the change
 * applies to orders placed afterwards only: lines already split keep the rate copied onto them.
 */
export const POST = async (req: MedusaRequest<UpdateCommissionRateBody>, res: MedusaResponse) => {
  await readCommissionRate(req.scope, req.params.id)
  await commissionRates(req.scope).updateCommissionRates({ id: req.params.id, rate_bps: req.validatedBody.rate_bps })
  res.json({ commission_rate: await readCommissionRate(req.scope, req.params.id) })
}

/**
 * `DELETE /admin/commission-rates/:id`: the next more general rate applies to orders placed from
 * now on (the default one, when the default row itself goes); split orders keep their rates.
 */
export const DELETE = async (req: MedusaRequest, res: MedusaResponse) => {
  await readCommissionRate(req.scope, req.params.id)
  await commissionRates(req.scope).deleteCommissionRates(req.params.id)
  res.json({ id: req.params.id, object: "commission_rate", deleted: true })
}
