import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { CreateCommissionRateBody, ListOrderGroupsQuery, NoQuery, UpdateCommissionRateBody } from "./marketplace-validators"

/**
 * Staff's marketplace routes: customers' orders as their cooperatives' parts, and commission
 * rates. Medusa authenticates everything under `/admin` as a staff `user` before these run;
 * these entries only validate queries and bodies.
 */
export const adminMarketplaceMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/order-groups",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(ListOrderGroupsQuery, { defaults: ["id"], isList: true, defaultLimit: 20 })],
  },
  { matcher: "/admin/order-groups/:id", methods: ["GET"], middlewares: [validateAndTransformQuery(NoQuery, { defaults: ["id"] })] },
  { matcher: "/admin/commission-rates", methods: ["GET"], middlewares: [validateAndTransformQuery(NoQuery, { defaults: ["id"] })] },
  { matcher: "/admin/commission-rates", methods: ["POST"], middlewares: [validateAndTransformBody(CreateCommissionRateBody)] },
  { matcher: "/admin/commission-rates/:id", methods: ["POST"], middlewares: [validateAndTransformBody(UpdateCommissionRateBody)] },
]
