import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { AUCTION_MODULE } from "../../../modules/auction"
import type AuctionModuleService from "../../../modules/auction/service"
import { auctionHoldsOnProducts, auctionHoldsOnVariants } from "./auction-holds"

type ItemsBody = { variant_id?: unknown; items?: { variant_id?: unknown }[] }

// Written rather than thrown: Medusa's error handler replaces a 409's code and message.
function refuse(res: MedusaResponse, code = "product_on_auction", message = "This piece is on auction: it can only be bought by bidding on it.") {
  res.status(409).json({ type: MedusaError.Types.NOT_ALLOWED, code, message })
}

const variantIdsOf = (body: ItemsBody): string[] =>
  [body.variant_id, ...(Array.isArray(body.items) ? body.items.map((item) => item?.variant_id) : [])].filter(
    (id): id is string => typeof id === "string",
  )

/**
 * `POST /store/carts` (its `items`) and `POST /store/carts/:id/line-items`: a product held by an
 * auction lot stays out of carts, 409 `product_on_auction`, so the shop never sells a carpet
 * someone may be winning.
 */
export async function refuseAuctionItems(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const holds = await auctionHoldsOnVariants(req.scope, variantIdsOf((req.body ?? {}) as ItemsBody))
  if (holds.length) return refuse(res)
  next()
}

/**
 * `POST /store/carts/:id/complete`: a cart holding a product on auction completes only when it
 * is the cart made for the lot's open offer (the winner's, or a second chance). A product put
 * in a cart before its lot was created is refused here, 409 `product_on_auction`.
 */
export async function refuseAuctionCartCompletion(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "completed_at", "items.product_id"],
    filters: { id: req.params.id },
  })
  const cart = data[0]
  if (!cart || cart.completed_at) return next()
  const holds = await auctionHoldsOnProducts(req.scope, (cart.items ?? []).map((item) => item?.product_id ?? ""))
  if (!holds.length) return next()
  const offers = await req.scope
    .resolve<AuctionModuleService>(AUCTION_MODULE)
    .listAuctionOffers({ lot_id: holds.map((hold) => hold.lot_id), cart_id: cart.id, status: "open" }, { select: ["lot_id"], take: null })
  const offered = new Set(offers.map((offer) => offer.lot_id))
  if (holds.some((hold) => !offered.has(hold.lot_id))) return refuse(res)
  next()
}

/**
 * `POST /store/carts/:id` with another `region_id`: the cart of an open auction offer stays in its
 * region. Its piece is at the hammer price as a custom price in that region's currency (MAD), and
 * moving the cart would keep the number and change the currency. 409 `auction_cart_region`.
 */
export async function refuseAuctionCartRegionChange(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const regionId = (req.body as { region_id?: unknown } | undefined)?.region_id
  if (typeof regionId !== "string") return next()
  const offers = await req.scope
    .resolve<AuctionModuleService>(AUCTION_MODULE)
    .listAuctionOffers({ cart_id: req.params.id, status: "open" }, { select: ["id"], take: 1 })
  if (!offers.length) return next()
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: ["region_id"], filters: { id: req.params.id } })
  if (data[0]?.region_id === regionId) return next()
  refuse(res, "auction_cart_region", "This cart pays for an auction in its own currency: its region cannot change.")
}
