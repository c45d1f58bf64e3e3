import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CUSTOMER_EMAIL_VERIFICATION } from "../../../../../notifications/customer-email-verification"

/** A customer waits this long between two verification links. */
export const RESEND_INTERVAL_SECONDS = 60

/**
 * Seconds before `email` may be sent another verification link: 0 when it may now. Read from
 * the Notification Module's record of the last link sent, so the limit holds across servers and
 * restarts with no store of its own, at the price of one indexed read per request.
 */
export async function secondsBeforeResend(container: MedusaContainer, email: string, now = Date.now()): Promise<number> {
  const [last] = await container
    .resolve(Modules.NOTIFICATION)
    .listNotifications({ to: email, template: CUSTOMER_EMAIL_VERIFICATION }, { select: ["created_at"], order: { created_at: "DESC" }, take: 1 })
  if (!last) return 0
  const elapsed = (now - new Date(last.created_at).getTime()) / 1000
  return Math.max(0, Math.ceil(RESEND_INTERVAL_SECONDS - elapsed))
}
