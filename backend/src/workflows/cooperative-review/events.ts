/**
 * Events the staff decisions emit, once the workflow has succeeded, each with the cooperative's
 * `{ id }`: search reindexes the cooperative and its products, notifications tell its members.
 */
export const CooperativeReviewEvents = {
  APPROVED: "cooperative.approved",
  REJECTED: "cooperative.rejected",
  /** Its products have left the shop's sales channel. */
  SUSPENDED: "cooperative.suspended",
  /** The products its suspension took out are back in the shop's sales channel. */
  REINSTATED: "cooperative.reinstated",
} as const
