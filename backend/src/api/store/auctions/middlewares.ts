import { authenticate, type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreGetAuctionParams, StoreListAuctionsParams, StorePlaceBid } from "./validators"

const customer = (allowUnauthenticated: boolean) => authenticate("customer", ["bearer", "session"], { allowUnauthenticated })
const noQuery = validateAndTransformQuery(StoreGetAuctionParams, { defaults: [], isList: false })

/**
 * The store's auction routes: lists and details for anyone (personalised when a customer is
 * logged in), bids and the customer's own lots for logged-in customers only.
 */
export const storeAuctionMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/auctions",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreListAuctionsParams, { defaults: [], isList: true, defaultLimit: 20 })],
  },
  { matcher: "/store/auctions/:id", methods: ["GET"], middlewares: [customer(true), noQuery] },
  { matcher: "/store/auctions/:id/stream", methods: ["GET"], middlewares: [customer(true), noQuery] },
  { matcher: "/store/auctions/:id/bids", methods: ["POST"], middlewares: [customer(false), validateAndTransformBody(StorePlaceBid)] },
  { matcher: "/store/customers/me/auction-bids", methods: ["GET"], middlewares: [customer(false)] },
]
