import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { adminAuctionMiddlewares } from "./auctions/middlewares"
import { GetCooperativeQuery, ListCooperativesQuery } from "./cooperatives/validators"
import { ReviewQueueQuery } from "./listings/validators"
import { EmptyBody, ReasonBody } from "./validators"

const listQuery = { defaults: ["id"], isList: true, defaultLimit: 20 }

/**
 * Staff's routes for the marketplace. Medusa authenticates everything under `/admin` as a staff
 * `user` (session, bearer or API key) before these run, so a cooperative member's or customer's
 * token answers 401; these entries only validate queries and bodies.
 */
export const adminMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/cooperatives", methods: ["GET"], middlewares: [validateAndTransformQuery(ListCooperativesQuery, listQuery)] },
  { matcher: "/admin/cooperatives/:id", methods: ["GET"], middlewares: [validateAndTransformQuery(GetCooperativeQuery, { defaults: ["id"] })] },
  ...["approve", "reinstate"].map((action) => ({
    matcher: `/admin/cooperatives/:id/${action}`,
    methods: ["POST" as const],
    middlewares: [validateAndTransformBody(EmptyBody)],
  })),
  ...["reject", "suspend"].map((action) => ({
    matcher: `/admin/cooperatives/:id/${action}`,
    methods: ["POST" as const],
    middlewares: [validateAndTransformBody(ReasonBody)],
  })),
  { matcher: "/admin/listings/review", methods: ["GET"], middlewares: [validateAndTransformQuery(ReviewQueueQuery, listQuery)] },
  ...["/admin/listings/:productId", "/admin/listing-revisions/:id"].flatMap((base) => [
    { matcher: `${base}/approve`, methods: ["POST" as const], middlewares: [validateAndTransformBody(EmptyBody)] },
    { matcher: `${base}/reject`, methods: ["POST" as const], middlewares: [validateAndTransformBody(ReasonBody)] },
  ]),
  ...adminAuctionMiddlewares,
]
