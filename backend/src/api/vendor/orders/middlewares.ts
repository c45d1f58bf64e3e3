import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { EmptyBody } from "../common-validators"
import { requireCooperative } from "../scope"
import { CancelItemBody, DeliverOrderBody, ListOrdersQuery, ShipOrderBody } from "./validators"

/**
 * `/vendor/orders`, behind the vendor scoping of `/vendor/*`: every route needs a cooperative,
 * and the workflows look parts up by id and the member's cooperative together, so another
 * cooperative's part answers 404. Parts exist only for cooperatives that sold, so a suspended
 * cooperative can still send what it sold before.
 */
export const vendorOrderMiddlewares: MiddlewareRoute[] = [
  { matcher: "/vendor/orders*", middlewares: [requireCooperative] },
  {
    matcher: "/vendor/orders",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(ListOrdersQuery, { defaults: ["id"], isList: true, defaultLimit: 20 })],
  },
  { matcher: "/vendor/orders/:id/accept", methods: ["POST"], middlewares: [validateAndTransformBody(EmptyBody)] },
  { matcher: "/vendor/orders/:id/ship", methods: ["POST"], middlewares: [validateAndTransformBody(ShipOrderBody)] },
  { matcher: "/vendor/orders/:id/deliver", methods: ["POST"], middlewares: [validateAndTransformBody(DeliverOrderBody)] },
  { matcher: "/vendor/orders/:id/items/:itemId/cancel", methods: ["POST"], middlewares: [validateAndTransformBody(CancelItemBody)] },
]
