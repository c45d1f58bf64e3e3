import { z } from "@medusajs/framework/zod"
import { memberLocales } from "../../../modules/cooperative/models/cooperative-member"
import { emailField, phoneField, textField } from "../common-validators"

/** `POST /vendor/members`: who the registered person is. */
export const CreateMemberBody = z
  .object({
    email: emailField("email"),
    first_name: textField(100),
    last_name: textField(100),
    phone: phoneField("phone").nullish(),
    locale: z.enum(memberLocales, { error: `locale must be one of ${memberLocales.join(", ")}` }).optional(),
  })
  .strict()

export type CreateMemberBody = z.infer<typeof CreateMemberBody>

/** `POST /vendor/me/locale`: the portal's language the member uses. */
export const SetLocaleBody = z
  .object({ locale: z.enum(memberLocales, { error: `locale must be one of ${memberLocales.join(", ")}` }) })
  .strict()

export type SetLocaleBody = z.infer<typeof SetLocaleBody>
