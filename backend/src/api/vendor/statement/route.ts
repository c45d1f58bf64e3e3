import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import type { VendorStatementQuery } from "../../admin/ledger-validators"
import { sendStatement } from "../../statement-month"
import { vendorScope } from "../scope"

/** `GET /vendor/statement?month=YYYY-MM&format=json|csv&lang=fr|ar|en`: the member's cooperative's statement for the month. */
export const GET = async (req: MedusaRequest<unknown, VendorStatementQuery>, res: MedusaResponse) => {
  const cooperativeId = vendorScope(req).cooperativeId!
  const cooperative = await req.scope
    .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    .retrieveCooperative(cooperativeId, { select: ["id", "handle"] })
  await sendStatement(req.scope, res, { cooperative, ...req.validatedQuery })
}
