import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { approveCooperativeWorkflow, suspendCooperativeWorkflow } from "../../workflows/cooperative-review"
import { demoAccounts } from "./accounts"
import { applicants } from "./catalogue/cooperatives"

/** The demo's suspended cooperative: saffron from Askaoun, while Taliouine's stays on sale. */
export const seededSuspension = {
  handle: "adrar-askaoun",
  reason: "Attestation ODCO expirée : la coopérative est suspendue jusqu'au dépôt de son renouvellement.",
}

/**
 * Staff's decisions on the demo cooperatives, taken by the demo staff user through the review
 * workflows: every pending cooperative that is not an applicant is approved, and the one in
 * `seededSuspension` is then suspended, which takes its products out of the shop. Only
 * cooperatives still pending are decided, so a second run, or one after staff changed a status
 * by hand, changes nothing.
 */
export async function seedCooperativeDecisions(container: MedusaContainer, ids: Record<string, string>): Promise<void> {
  const [staff] = await container.resolve(Modules.USER).listUsers({ email: demoAccounts.staff }, { select: ["id"] })
  if (!staff) throw new MedusaError(MedusaError.Types.NOT_FOUND, `the staff account ${demoAccounts.staff} must be seeded first`)
  const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const applicantHandles = new Set(applicants.map((cooperative) => cooperative.handle))
  const pending = await service.listCooperatives({ id: Object.values(ids), status: "pending" }, { select: ["id", "handle"], take: null })
  for (const cooperative of pending.filter(({ handle }) => !applicantHandles.has(handle))) {
    await approveCooperativeWorkflow(container).run({ input: { id: cooperative.id, decided_by: staff.id } })
    if (cooperative.handle !== seededSuspension.handle) continue
    await suspendCooperativeWorkflow(container).run({
      input: { id: cooperative.id, reason: seededSuspension.reason, decided_by: staff.id },
    })
  }
}
