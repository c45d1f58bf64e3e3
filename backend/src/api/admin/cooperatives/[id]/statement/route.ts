import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../../../../modules/cooperative"
import type CooperativeModuleService from "../../../../../modules/cooperative/service"
import { sendStatement } from "../../../../statement-month"
import type { StatementQuery } from "../../../ledger-validators"

/** `GET /admin/cooperatives/:id/statement?month=YYYY-MM&format=json|csv`: the month's statement, CSV labels in French. */
export const GET = async (req: MedusaRequest<unknown, StatementQuery>, res: MedusaResponse) => {
  const [cooperative] = await req.scope
    .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    .listCooperatives({ id: req.params.id }, { select: ["id", "handle"], take: 1 })
  if (!cooperative) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative with id: ${req.params.id} was not found`)
  await sendStatement(req.scope, res, { cooperative, ...req.validatedQuery, lang: "fr" })
}
