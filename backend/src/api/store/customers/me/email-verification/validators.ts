import { z } from "@medusajs/framework/zod"
import { locales } from "@tiwizi/locale"

/** `GET /store/customers/me/email-verification` takes no query parameters. */
export const StoreGetEmailVerificationParams = z.object({}).strict()

/** `POST /store/customers/me/email-verification`: the language to write the email in (the customer's registration language otherwise). */
export const StoreSendEmailVerificationBody = z
  .object({ locale: z.enum(locales, { error: `locale must be one of ${locales.join(", ")}` }).optional() })
  .strict()

export type StoreSendEmailVerificationBody = z.infer<typeof StoreSendEmailVerificationBody>
