import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { EmptyBody, ReasonBody } from "../validators"
import { CreateAuctionBody, ListAuctionsQuery, NoQuery } from "./validators"

/**
 * Staff's auction routes. Medusa authenticates everything under `/admin` as a staff `user`
 * before these run; these entries only validate queries and bodies.
 */
export const adminAuctionMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/auctions",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(ListAuctionsQuery, { defaults: ["id"], isList: true, defaultLimit: 20 })],
  },
  { matcher: "/admin/auctions", methods: ["POST"], middlewares: [validateAndTransformBody(CreateAuctionBody)] },
  // Also matches `/admin/auctions/eligible-products`, which takes no query either.
  { matcher: "/admin/auctions/:id", methods: ["GET"], middlewares: [validateAndTransformQuery(NoQuery, { defaults: ["id"] })] },
  { matcher: "/admin/auctions/:id/cancel", methods: ["POST"], middlewares: [validateAndTransformBody(ReasonBody)] },
  { matcher: "/admin/auctions/:id/second-chance", methods: ["POST"], middlewares: [validateAndTransformBody(EmptyBody)] },
]
