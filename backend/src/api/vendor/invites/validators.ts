import { z } from "@medusajs/framework/zod"
import { memberRoles } from "../../../modules/cooperative/models/cooperative-member"
import { emailField, phoneField } from "../common-validators"

/** `POST /vendor/invites`: whom to invite, by email or by phone, and as what. */
export const CreateInviteBody = z
  .object({
    email: emailField("email").optional(),
    phone: phoneField("phone").optional(),
    role: z.enum(memberRoles).default("member"),
  })
  .strict()
  .refine((body) => body.email || body.phone, "email or phone is required to invite someone")

export type CreateInviteBody = z.infer<typeof CreateInviteBody>

/** `POST /vendor/invites/accept`: the token from the invitation. */
export const AcceptInviteBody = z.object({ token: z.string().trim().min(20).max(200) }).strict()

export type AcceptInviteBody = z.infer<typeof AcceptInviteBody>
