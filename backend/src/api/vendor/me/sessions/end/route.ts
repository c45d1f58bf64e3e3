import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setTimeout as sleep } from "node:timers/promises"
import { endMemberSessionsWorkflow } from "../../../../../workflows/cooperative/workflows/end-member-sessions"
import { sessionsEndMoment } from "../../../member-sessions"
import { vendorScope } from "../../../scope"

/**
 * Ends every session of the calling member, on every phone, this one included: each token issued
 * until now answers 401 from here on. Answers once the recorded moment has passed (under a
 * second, see `sessionsEndMoment`), so that logging in again right after works.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const { memberId } = vendorScope(req)
  const { result: endedAt } = await endMemberSessionsWorkflow(req.scope).run({
    input: { member_id: memberId, ended_at: sessionsEndMoment() },
  })
  await sleep(Math.max(0, new Date(endedAt).getTime() - Date.now()))
  res.json({ ended_at: endedAt })
}
