import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { AUCTION_MODULE } from "../../../modules/auction"
import type AuctionModuleService from "../../../modules/auction/service"
import { auctionRecipient } from "../../../notifications/auction-recipient"

/**
 * Makes the cart the offer is paid through, and records it on the offer: the customer's, in
 * the lot's currency region (Morocco, MAD), in their language, with the lot's one piece at the
 * offer's amount as a custom unit price (dirham prices include TVA, and so does a bid). The
 * metadata names the lot and the offer, and whether the lot takes cash on delivery, for the
 * checkout to offer only the payments the lot allows. Compensation deletes the cart.
 */
export const createOfferCartStep = createStep(
  "create-offer-cart",
  async ({ offer_id }: { offer_id: string }, { container }) => {
    const auctions = container.resolve<AuctionModuleService>(AUCTION_MODULE)
    const offer = await auctions.retrieveAuctionOffer(offer_id, { relations: ["lot"] })
    const [region] = await container.resolve(Modules.REGION).listRegions({ currency_code: offer.lot.currency_code }, { select: ["id"], take: 1 })
    if (!region) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No region sells in ${offer.lot.currency_code}`)
    const recipient = await auctionRecipient(container, offer.customer_id)
    if (!recipient) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer ${offer.customer_id} was not found`)
    const { result: cart } = await createCartWorkflow(container).run({
      input: {
        region_id: region.id,
        customer_id: offer.customer_id,
        email: recipient.email,
        locale: recipient.locale,
        items: [{ variant_id: offer.lot.variant_id, quantity: 1, unit_price: Number(offer.amount), is_tax_inclusive: true }],
        metadata: {
          auction_lot_id: offer.lot.id,
          auction_offer_id: offer.id,
          auction_cash_on_delivery: offer.lot.allow_cash_on_delivery,
        },
      },
    })
    await auctions.updateAuctionOffers({ id: offer.id, cart_id: cart.id })
    return new StepResponse({ cart_id: cart.id }, { offer_id: offer.id, cart_id: cart.id })
  },
  async (created, { container }) => {
    if (!created) return
    await container.resolve<AuctionModuleService>(AUCTION_MODULE).updateAuctionOffers({ id: created.offer_id, cart_id: null })
    await container.resolve(Modules.CART).deleteCarts(created.cart_id)
  },
)
