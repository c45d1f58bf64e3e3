import { MedusaError } from "@medusajs/framework/utils"
import type { CooperativeStatus } from "./models/cooperative"

/**
 * The moves staff may make. `rejected` is final for staff; only the applicant reopens it, by
 * applying again (`reopenRejectedCooperative`), which announces the previous decision in its event.
 */
const allowedMoves: Record<CooperativeStatus, readonly CooperativeStatus[]> = {
  pending: ["approved", "rejected"],
  approved: ["suspended"],
  suspended: ["approved"],
  rejected: [],
}

/** Throws NOT_ALLOWED unless staff may move a cooperative from `from` to `to`. */
export function assertStatusTransition(from: CooperativeStatus, to: CooperativeStatus): void {
  if (allowedMoves[from].includes(to)) return
  const allowed = allowedMoves[from].length ? allowedMoves[from].join(" or ") : "nothing"
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `status: a ${from} cooperative cannot become ${to} (allowed: ${allowed})`,
  )
}
