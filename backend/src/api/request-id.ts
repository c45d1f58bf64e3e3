import { randomUUID } from "node:crypto"
import {
  errorHandler,
  type MedusaErrorHandlerFunction,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"

// A caller's id is kept when it is one printable token of reasonable length (a uuid, a trace
// id, a load balancer's id); anything else is replaced, so it can always go back as a header
// and the log line (which reads `req.requestId` when the response ends) carries the same one.
const ACCEPTED_REQUEST_ID = /^[\x21-\x7e]{1,200}$/

function requestIdOf(req: MedusaRequest): string {
  if (!req.requestId || !ACCEPTED_REQUEST_ID.test(req.requestId)) {
    req.requestId = randomUUID()
  }
  return req.requestId
}

/**
 * Sends the request's id back as `x-request-id`. Medusa takes it from the caller's header or
 * makes a uuid, and prints it as `request_id` in its HTTP log line: a customer quoting the
 * header of a failed request leads to that line.
 */
export function echoRequestId(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  res.setHeader("x-request-id", requestIdOf(req))
  next()
}

// Medusa runs its body parser, CORS and publishable key checks before any middleware of this
// file: the errors they raise reach the error handler without the header, so it adds it too.
const coreErrorHandler = errorHandler()
export const errorHandlerWithRequestId: MedusaErrorHandlerFunction = (error, req, res, next) => {
  if (!res.headersSent) {
    res.setHeader("x-request-id", requestIdOf(req))
  }
  return coreErrorHandler(error, req, res, next)
}
