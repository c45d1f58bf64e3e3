import type { CooperativeOrderStatus } from "./models/cooperative-order"

/** Days a cooperative has to send its part before staff see it as late, when `LATE_SHIPMENT_DAYS` is unset. */
export const DEFAULT_LATE_SHIPMENT_DAYS = 3

/** Statuses of a part whose parcel has not left yet: only these can be late. */
export const unshippedStatuses = ["new", "accepted"] as const satisfies readonly CooperativeOrderStatus[]

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * `LATE_SHIPMENT_DAYS` as a number of days: a whole number of at least 1, the default when
 * unset or blank. Anything else throws, naming the variable, rather than quietly flagging every
 * part (0) or none (a typo).
 */
export function parseLateShipmentDays(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return DEFAULT_LATE_SHIPMENT_DAYS
  const days = Number(value.trim())
  if (!Number.isInteger(days) || days < 1) {
    throw new Error(`LATE_SHIPMENT_DAYS must be a whole number of days, at least 1 (got "${value}")`)
  }
  return days
}

/** The moment before which an unshipped part counts as late: `days` days before `now`. */
export function lateCutoff(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS)
}

/**
 * Whether a part is late: still new or accepted more than `days` days after it was created (the
 * order was placed). A shipped, delivered or cancelled part is never late, however long it took.
 */
export function isLate(part: { status: CooperativeOrderStatus; created_at: Date | string }, now: Date, days: number): boolean {
  if (!(unshippedStatuses as readonly string[]).includes(part.status)) return false
  return new Date(part.created_at).getTime() < lateCutoff(now, days).getTime()
}
