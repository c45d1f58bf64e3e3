import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ReviewQueueQuery } from "../validators"
import { readReviewQueue } from "./read-review-queue"

/**
 * `GET /admin/listings/review`: new listings in review and pending changes to live ones, oldest
 * first, each with the before and after of what it changes.
 */
export const GET = async (req: MedusaRequest<unknown, ReviewQueueQuery>, res: MedusaResponse) => {
  res.json(await readReviewQueue(req.scope, req.validatedQuery))
}
