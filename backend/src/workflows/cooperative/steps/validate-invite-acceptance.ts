import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type { MemberRole } from "../../../modules/cooperative/models/cooperative-member"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export type ValidateInviteAcceptanceStepInput = { token: string; member_id: string }

/** The invitation a member may accept, and what accepting it gives them. */
export type AcceptableInvite = { invite_id: string; cooperative_id: string; role: MemberRole }

export const validateInviteAcceptanceStepId = "validate-invite-acceptance"

/**
 * Opens an invitation by its token (NOT_FOUND if unknown, NOT_ALLOWED if accepted or expired)
 * and checks the member may take it: they belong to no cooperative, an invitation sent to an
 * email is taken by that email's member, and the cooperative was not rejected. An invitation
 * sent by SMS is taken on the token alone: members' phone numbers are not verified.
 */
export const validateInviteAcceptanceStep = createStep(
  validateInviteAcceptanceStepId,
  async ({ token, member_id }: ValidateInviteAcceptanceStepInput, { container }) => {
    const cooperatives = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const invite = await cooperatives.retrieveOpenInvite(token)
    const member = await cooperatives.retrieveCooperativeMember(member_id, { select: ["id", "email", "cooperative_id"] })
    if (member.cooperative_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "You already belong to a cooperative")
    }
    if (invite.email && invite.email.toLowerCase() !== member.email) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This invitation was sent to another email address")
    }
    const cooperative = await cooperatives.retrieveCooperative(invite.cooperative_id, { select: ["id", "status"] })
    if (cooperative.status === "rejected") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This cooperative's application was rejected: its invitations are closed")
    }
    return new StepResponse<AcceptableInvite>({ invite_id: invite.id, cooperative_id: cooperative.id, role: invite.role })
  },
)
