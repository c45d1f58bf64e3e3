import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { StoreVerifyEmailBody } from "./validators"

/** Body validation for the verification of an emailed link. */
export const storeEmailVerificationMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/email-verifications", methods: ["POST"], middlewares: [validateAndTransformBody(StoreVerifyEmailBody)] },
]
