import { z } from "@medusajs/framework/zod"
import { countField, emailField, imageUrlField, phoneField, textField } from "../common-validators"

/**
 * `POST /vendor/cooperative`: the fields members keep up to date themselves. Name, legal and
 * registration details, place, handle and status are staff-checked and absent here, so sending
 * them is a 400 like any unknown field. `bank_rib` is for owners only (checked by the route).
 */
export const UpdateCooperativeBody = z
  .object({
    story: textField(5_000, 20),
    phone: phoneField("phone"),
    email: emailField("email"),
    logo_url: imageUrlField("logo_url").nullable(),
    cover_url: imageUrlField("cover_url").nullable(),
    member_count: countField(1),
    women_member_count: countField(0),
    // Typed with spaces on a phone, stored as the 24 digits.
    bank_rib: z
      .string()
      .transform((rib) => rib.replace(/\s/g, ""))
      .pipe(z.string().regex(/^\d{24}$/, "bank_rib must be the 24 digits of a Moroccan RIB"))
      .nullable(),
  })
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, "Send at least one field to change")

export type UpdateCooperativeBody = z.infer<typeof UpdateCooperativeBody>
