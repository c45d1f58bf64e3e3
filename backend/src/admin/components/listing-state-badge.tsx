import { StatusBadge } from "@medusajs/ui"
import { listingStateLabels } from "../lib/labels"
import type { ListingState } from "../lib/types"

/** A listing's state as a coloured badge, as on the cooperative portal. */
export function ListingStateBadge({ state }: { state: ListingState }) {
  const { label, color } = listingStateLabels[state]
  return <StatusBadge color={color}>{label}</StatusBadge>
}
