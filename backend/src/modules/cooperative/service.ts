import type { Context, InferEntityForModuleService, InferTypeOf } from "@medusajs/framework/types"
import {
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { hashInviteToken, newInviteToken } from "./invite-token"
import { type ById, type BySelector, mergeWithCurrent, type UpdateInput } from "../../utils/merge-with-current"
import Cooperative, { type CooperativeStatus } from "./models/cooperative"
import CooperativeInvite from "./models/cooperative-invite"
import CooperativeMember, { type MemberRole } from "./models/cooperative-member"
import { assertStatusTransition } from "./status-transitions"
import { assertValidCooperative } from "./validate-cooperative"

export type CooperativeDTO = InferTypeOf<typeof Cooperative>
export type CooperativeInviteDTO = InferTypeOf<typeof CooperativeInvite>
type CooperativeData = Partial<InferEntityForModuleService<typeof Cooperative>>

/** A staff decision on a cooperative; `reason` is required to reject or suspend. */
export type StatusDecision = {
  status: CooperativeStatus
  reason?: string | null
  decided_by: string
}

/** Who to invite; at least one of `email` and `phone`, since invitations go out by email or SMS. */
export type InviteRequest = {
  cooperative_id: string
  email?: string | null
  phone?: string | null
  role?: MemberRole
  expires_at?: Date
}

const INVITE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000
const REASON_REQUIRED: readonly CooperativeStatus[] = ["rejected", "suspended"]

/**
 * Cooperatives, their members and invitations. The generated methods are kept; creating and
 * updating a cooperative are checked against the marketplace's rules first, so a refused write
 * changes nothing.
 */
export default class CooperativeModuleService extends MedusaService({
  Cooperative,
  CooperativeMember,
  CooperativeInvite,
}) {
  // @ts-expect-error MedusaService declares its generated methods as properties; Medusa's own modules override them the same way.
  async createCooperatives(data: CooperativeData, sharedContext?: Context): Promise<CooperativeDTO>
  async createCooperatives(data: CooperativeData[], sharedContext?: Context): Promise<CooperativeDTO[]>
  async createCooperatives(data: CooperativeData | CooperativeData[], sharedContext?: Context) {
    for (const cooperative of Array.isArray(data) ? data : [data]) assertValidCooperative(cooperative)
    // The cast only picks one of the generated overloads: a single record or a list passes through as given.
    return super.createCooperatives(data as CooperativeData[], sharedContext)
  }

  // @ts-expect-error MedusaService declares its generated methods as properties; Medusa's own modules override them the same way.
  async updateCooperatives(data: ById<CooperativeData>, sharedContext?: Context): Promise<CooperativeDTO>
  async updateCooperatives(
    input: ById<CooperativeData>[] | BySelector<CooperativeData> | BySelector<CooperativeData>[],
    sharedContext?: Context,
  ): Promise<CooperativeDTO[]>
  async updateCooperatives(input: UpdateInput<CooperativeData>, sharedContext?: Context) {
    const next = await mergeWithCurrent(input, (filters) => this.listCooperatives(filters, {}, sharedContext))
    for (const cooperative of next) assertValidCooperative(cooperative)
    return super.updateCooperatives(input as CooperativeData[], sharedContext)
  }

  /**
   * Records a staff decision on a cooperative, refusing moves the status machine does not allow
   * (NOT_ALLOWED) and a rejection or suspension without a reason (INVALID_DATA). Compensations
   * that restore a previous status use `updateCooperatives`, which does not check moves.
   */
  @InjectTransactionManager()
  async changeCooperativeStatus(
    id: string,
    decision: StatusDecision,
    @MedusaContext() sharedContext: Context = {},
  ): Promise<CooperativeDTO> {
    const current = await this.retrieveCooperative(id, { select: ["id", "status"] }, sharedContext)
    assertStatusTransition(current.status, decision.status)
    const reason = decision.reason?.trim() || null
    if (!reason && REASON_REQUIRED.includes(decision.status)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `status_reason is required to make a cooperative ${decision.status}`)
    }
    return this.updateCooperatives(
      {
        id,
        status: decision.status,
        status_reason: reason,
        status_decided_by: decision.decided_by,
        status_decided_at: new Date(),
      },
      sharedContext,
    )
  }

  /**
   * Moves a rejected cooperative back to `pending` with its applicant's corrected details: the
   * one move an applicant, not staff, makes. A rejected application keeps its ODCO number and
   * handle (both unique), so re-applying as a new cooperative would collide with it; the
   * previous decision is cleared here and travels in the `cooperative.applied` event instead.
   * Anything but a rejected cooperative is NOT_ALLOWED.
   */
  @InjectTransactionManager()
  async reopenRejectedCooperative(
    id: string,
    details: Omit<CooperativeData, "id" | "handle" | "status" | "status_reason" | "status_decided_by" | "status_decided_at">,
    @MedusaContext() sharedContext: Context = {},
  ): Promise<CooperativeDTO> {
    const current = await this.retrieveCooperative(id, { select: ["id", "status"] }, sharedContext)
    if (current.status !== "rejected") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `status: only a rejected cooperative can apply again, this one is ${current.status}`)
    }
    return this.updateCooperatives(
      { ...details, id, status: "pending", status_reason: null, status_decided_by: null, status_decided_at: null },
      sharedContext,
    )
  }

  /**
   * Creates an invitation and returns it with its token. The token exists only in this answer:
   * the table keeps its hash, so it must be sent to the person now.
   */
  async issueCooperativeInvite(
    request: InviteRequest,
    sharedContext?: Context,
  ): Promise<{ invite: CooperativeInviteDTO; token: string }> {
    if (!request.email && !request.phone) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "email or phone is required to invite a member")
    }
    const expiresAt = request.expires_at ?? new Date(Date.now() + INVITE_LIFETIME_MS)
    if (expiresAt.getTime() <= Date.now()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "expires_at must be in the future")
    }
    const token = newInviteToken()
    const invite = await this.createCooperativeInvites(
      {
        cooperative_id: request.cooperative_id,
        email: request.email ?? null,
        phone: request.phone ?? null,
        role: request.role ?? "member",
        token_hash: hashInviteToken(token),
        expires_at: expiresAt,
      },
      sharedContext,
    )
    return { invite, token }
  }

  /**
   * The invitation a token opens, if it can still be accepted: NOT_FOUND for an unknown token,
   * NOT_ALLOWED for one already accepted or expired.
   */
  async retrieveOpenInvite(token: string, sharedContext?: Context): Promise<CooperativeInviteDTO> {
    const [invite] = await this.listCooperativeInvites({ token_hash: hashInviteToken(token) }, { take: 1 }, sharedContext)
    if (!invite) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This invitation does not exist")
    if (invite.accepted_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This invitation has already been accepted")
    if (new Date(invite.expires_at).getTime() <= Date.now()) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This invitation has expired")
    }
    return invite
  }
}
