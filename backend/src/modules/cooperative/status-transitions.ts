import { MedusaError } from "@medusajs/framework/utils"
import type { CooperativeStatus } from "./models/cooperative"

/**
 * The moves staff may make. `rejected` is final: a refused application is not reopened in place,
 * so the decision and its reason stay on record.
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
