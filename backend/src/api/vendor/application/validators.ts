import { z } from "@medusajs/framework/zod"
import { countField, emailField, phoneField, textField } from "../common-validators"

const FIRST_FOUNDING_YEAR = 1900

/**
 * `POST /vendor/application`: the cooperative's details as registered with the ODCO. Rules
 * across fields (women members within members, women-led with women members) are the
 * cooperative module's, which names the field too.
 */
export const ApplicationBody = z
  .object({
    name: textField(120, 2),
    legal_name: textField(200, 2),
    odco_number: textField(40),
    artisan_registry_number: textField(40).nullish(),
    region: textField(100),
    province: textField(100),
    commune: textField(100),
    founded_year: z
      .number()
      .int()
      .min(FIRST_FOUNDING_YEAR)
      .refine((year) => year <= new Date().getFullYear(), "founded_year cannot be in the future"),
    member_count: countField(1),
    women_member_count: countField(0).default(0),
    women_led: z.boolean().default(false),
    rural: z.boolean().default(false),
    story: textField(5_000, 20),
    phone: phoneField("phone"),
    email: emailField("email"),
  })
  .strict()

export type ApplicationBody = z.infer<typeof ApplicationBody>
