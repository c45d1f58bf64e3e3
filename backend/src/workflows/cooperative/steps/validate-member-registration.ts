import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

export type ValidateMemberRegistrationStepInput = { authIdentityId: string; email: string }

export const validateMemberRegistrationStepId = "validate-member-registration"

/**
 * Refuses to create a member for an auth identity that already has one (NOT_ALLOWED), or under
 * an email other than the one the person registered and logs in with (INVALID_DATA): the
 * member's email is their login, and password resets are sent to it.
 */
export const validateMemberRegistrationStep = createStep(
  validateMemberRegistrationStepId,
  async ({ authIdentityId, email }: ValidateMemberRegistrationStepInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const identity = await auth.retrieveAuthIdentity(authIdentityId, { relations: ["provider_identities"] })
    if (identity.app_metadata?.cooperative_member_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This account is already registered as a cooperative member")
    }
    const logins = (identity.provider_identities ?? [])
      .filter((provider) => provider.provider === "emailpass")
      .map((provider) => provider.entity_id.toLowerCase())
    if (!logins.includes(email)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "email must be the address you registered with")
    }
  },
)
