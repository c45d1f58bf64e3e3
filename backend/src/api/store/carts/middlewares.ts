import type { MiddlewareRoute } from "@medusajs/framework/http"
import { checkCartBeforeComplete } from "./check-cart-before-complete"
import { checkCartContact } from "./check-cart-contact"
import { completeOneAtATime } from "./complete-one-at-a-time"
import { refuseAuctionCartCompletion, refuseAuctionCartRegionChange, refuseAuctionItems } from "./refuse-auction-products"
import { refuseUnknownFields } from "./refuse-unknown-fields"
import { StoreCartItemFields, StoreCartItemUpdateFields, StoreCreateCartItems } from "./validators"

/**
 * Additions to Medusa's store cart routes. The contact check matches by regular expression:
 * Medusa runs those before every path-matched middleware, so it sees (and normalises) the body
 * before Medusa's own validator turns it into `req.validatedBody`.
 */
export const storeCartMiddlewares: MiddlewareRoute[] = [
  { matcher: /^\/store\/carts\/?$/, methods: ["POST"], middlewares: [refuseUnknownFields(StoreCreateCartItems, ({ items }) => ({ items })), checkCartContact, refuseAuctionItems] },
  { matcher: /^\/store\/carts\/[^/]+\/?$/, methods: ["POST"], middlewares: [checkCartContact] },
  { matcher: "/store/carts/:id", methods: ["POST"], middlewares: [refuseAuctionCartRegionChange] },
  { matcher: "/store/carts/:id/line-items", methods: ["POST"], middlewares: [refuseUnknownFields(StoreCartItemFields), refuseAuctionItems] },
  {
    matcher: "/store/carts/:id/line-items/:line_id",
    methods: ["POST"],
    middlewares: [refuseUnknownFields(StoreCartItemUpdateFields)],
  },
  { matcher: "/store/carts/:id/complete", methods: ["POST"], middlewares: [refuseAuctionCartCompletion, checkCartBeforeComplete, completeOneAtATime] },
]
