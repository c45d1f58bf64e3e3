import { Badge, StatusBadge } from "@medusajs/ui"
import { partStatusLabels } from "../../lib/marketplace/labels"
import type { OrderPart, PartStatus } from "../../lib/marketplace/types"

/** A part's status as a coloured badge: new orange, accepted blue, shipped purple, delivered green, cancelled grey. */
export function PartStatusBadge({ status }: { status: PartStatus }) {
  const { label, color } = partStatusLabels[status]
  return <StatusBadge color={color}>{label}</StatusBadge>
}

/** The red flag of a part not shipped in time. */
export function LateBadge() {
  return (
    <Badge size="2xsmall" color="red">
      En retard
    </Badge>
  )
}

/** One cooperative's part in a list row: who, where it stands, and its tracking number once shipped. */
export function PartSummary({ part }: { part: OrderPart }) {
  return (
    <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
      <span className="txt-compact-small-plus text-ui-fg-base">{part.cooperative_name ?? part.cooperative_id}</span>
      <PartStatusBadge status={part.status} />
      {part.late && <LateBadge />}
      {part.tracking_number && (
        <span className="txt-compact-small text-ui-fg-subtle">
          {part.carrier} · {part.tracking_number}
        </span>
      )}
    </div>
  )
}
