import { MedusaError } from "@medusajs/framework/utils"
import type { ListingState } from "./models/listing"

/** What members (submit, withdraw, archive) and staff (approve, reject) do to a listing. */
export const listingActions = ["submit", "withdraw", "approve", "reject", "archive"] as const
export type ListingAction = (typeof listingActions)[number]

/**
 * The listing's state machine. `archived` is final: an archived product may have sold, so it
 * comes back as a new listing rather than through a state the review history cannot explain.
 */
const moves: Record<ListingAction, { from: readonly ListingState[]; to: ListingState }> = {
  submit: { from: ["draft", "rejected"], to: "in_review" },
  withdraw: { from: ["in_review"], to: "draft" },
  approve: { from: ["in_review"], to: "live" },
  reject: { from: ["in_review"], to: "rejected" },
  archive: { from: ["draft", "in_review", "live", "rejected"], to: "archived" },
}

const participles: Record<ListingAction, string> = {
  submit: "submitted",
  withdraw: "withdrawn",
  approve: "approved",
  reject: "rejected",
  archive: "archived",
}

/** How a member's change to the product's texts, images or provenance is applied. */
export type EditMode = "direct" | "revision"

/**
 * The state an action leads to; throws NOT_ALLOWED, naming the state and what is possible, when
 * the action is not allowed from `from`.
 */
export function nextListingState(from: ListingState, action: ListingAction): ListingState {
  const move = moves[action]
  if (move.from.includes(from)) return move.to
  const possible = listingActions.filter((candidate) => moves[candidate].from.includes(from))
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `state: a listing that is ${from} cannot be ${participles[action]} (possible: ${possible.length ? possible.join(", ") : "nothing"})`,
  )
}

/**
 * Drafts and rejected listings are edited in place; a live listing keeps selling as it is and
 * its change waits for review. A listing in review is frozen so staff approve what they read,
 * and an archived one is closed.
 */
export function editModeOf(state: ListingState): EditMode {
  if (state === "draft" || state === "rejected") return "direct"
  if (state === "live") return "revision"
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    state === "in_review"
      ? "state: a listing in review cannot be changed; withdraw it first"
      : "state: an archived listing cannot be changed",
  )
}
