import { MedusaError } from "@medusajs/framework/utils"
import type { CooperativeOrderStatus } from "./models/cooperative-order"

/** What a cooperative does with its part, and the status each move leads from and to. */
export const partMoves = {
  accept: { from: ["new"], to: "accepted" },
  ship: { from: ["accepted"], to: "shipped" },
  deliver: { from: ["shipped"], to: "delivered" },
} as const satisfies Record<string, { from: readonly CooperativeOrderStatus[]; to: CooperativeOrderStatus }>

export type PartMove = keyof typeof partMoves

/** Throws NOT_ALLOWED, saying what the part's status allows, unless `move` may be made from `status`. */
export function assertPartMove(status: CooperativeOrderStatus, move: PartMove): CooperativeOrderStatus {
  const { from, to } = partMoves[move]
  if ((from as readonly CooperativeOrderStatus[]).includes(status)) return to
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `status: an order that is ${status} cannot be marked ${to}`)
}

/** Items can be cancelled until the parcel leaves: a part that is new or accepted. */
export function assertItemsCancellable(status: CooperativeOrderStatus): void {
  if (status === "new" || status === "accepted") return
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `status: items of an order that is ${status} can no longer be cancelled`)
}
