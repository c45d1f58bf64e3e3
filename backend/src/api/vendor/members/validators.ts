import { z } from "@medusajs/framework/zod"
import { emailField, phoneField, textField } from "../common-validators"

/** `POST /vendor/members`: who the registered person is. */
export const CreateMemberBody = z
  .object({
    email: emailField("email"),
    first_name: textField(100),
    last_name: textField(100),
    phone: phoneField("phone").nullish(),
  })
  .strict()

export type CreateMemberBody = z.infer<typeof CreateMemberBody>
