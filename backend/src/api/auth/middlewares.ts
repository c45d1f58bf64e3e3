import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { refuseEndedMemberRefresh } from "./refuse-ended-member-refresh"

/**
 * Phones capitalise the first letter of what is typed: "Fatima@tighza.ma" and "fatima@tighza.ma"
 * must be one login. Members and customers are stored in lower case, so their logins are
 * lower-cased before Medusa's own register, login and reset-password routes read them.
 */
function lowerCaseLogin(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = req.body as Record<string, unknown> | undefined
  for (const key of ["email", "identifier"]) {
    if (body && typeof body[key] === "string") body[key] = body[key].trim().toLowerCase()
  }
  next()
}

/**
 * Cooperative members and customers use Medusa's own `/auth/<actor>/emailpass*` routes; a
 * member's ended token is not refreshed.
 */
export const authMiddlewares: MiddlewareRoute[] = [
  { matcher: "/auth/cooperative_member/emailpass*", methods: ["POST"], middlewares: [lowerCaseLogin] },
  { matcher: "/auth/customer/emailpass*", methods: ["POST"], middlewares: [lowerCaseLogin] },
  { matcher: "/auth/token/refresh", methods: ["POST"], middlewares: [refuseEndedMemberRefresh] },
]
