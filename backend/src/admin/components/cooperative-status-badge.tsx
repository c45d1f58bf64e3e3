import { StatusBadge } from "@medusajs/ui"
import { cooperativeStatusLabels } from "../lib/labels"
import type { CooperativeStatus } from "../lib/types"

/** A cooperative's status as a coloured badge: pending orange, approved green, suspended red, rejected grey. */
export function CooperativeStatusBadge({ status }: { status: CooperativeStatus }) {
  const { label, color } = cooperativeStatusLabels[status]
  return <StatusBadge color={color}>{label}</StatusBadge>
}
