import { z } from "@medusajs/framework/zod"

/** `POST /store/email-verifications`: the token of the link the customer opened. */
export const StoreVerifyEmailBody = z.object({ token: z.string().trim().min(20).max(2_000) }).strict()

export type StoreVerifyEmailBody = z.infer<typeof StoreVerifyEmailBody>
