/**
 * Events the cooperative workflows emit, once the workflow has succeeded, for search and
 * notifications to follow. `cooperative.*` events carry the cooperative's `id`;
 * `cooperative_member.*` events the member's.
 */
export const CooperativeEvents = {
  /** `{ id }`: a person registered as a cooperative member (no cooperative yet). */
  MEMBER_CREATED: "cooperative_member.created",
  /** `{ id, member_id, reapplied, previous_status_reason }`: an application awaits staff review. */
  APPLIED: "cooperative.applied",
  /** `{ id, member_id, fields }`: a member changed the cooperative's profile; `fields` names what changed. */
  UPDATED: "cooperative.updated",
  /** `{ id, invite_id, invited_by, role }`: an owner invited someone to join. */
  MEMBER_INVITED: "cooperative.member_invited",
  /** `{ id, member_id, invite_id, role }`: a member joined through an invitation. */
  MEMBER_JOINED: "cooperative.member_joined",
} as const
