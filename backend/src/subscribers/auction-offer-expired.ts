import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AUCTION_MODULE } from "../modules/auction"
import type AuctionModuleService from "../modules/auction/service"
import { AUCTION_OFFER_EXPIRED, auctionOfferExpiredData, renderAuctionOfferExpired } from "../notifications/auction-offer-expired"
import { auctionRecipient } from "../notifications/auction-recipient"
import { lotTitle } from "../notifications/auction-lot-title"
import { sendEmail } from "../notifications/send-email"
import { AuctionEvents } from "../workflows/auction/events"

/**
 * Tells a customer whose offer expired unpaid that the time to pay has passed and the piece
 * may go to another bidder, in their language. Once per offer.
 */
export default async function notifyExpiredOffer({ event, container }: SubscriberArgs<{ id: string }>) {
  const offer = await container
    .resolve<AuctionModuleService>(AUCTION_MODULE)
    .retrieveAuctionOffer(event.data.id, { relations: ["lot"] })
  const recipient = await auctionRecipient(container, offer.customer_id)
  if (!recipient) return
  const data = auctionOfferExpiredData(offer, await lotTitle(container, offer.lot.product_id, recipient.locale), recipient.locale)
  await sendEmail(container, {
    to: recipient.email,
    template: AUCTION_OFFER_EXPIRED,
    locale: recipient.locale,
    email: renderAuctionOfferExpired(recipient.locale, data),
    data,
    idempotencyKey: `${AUCTION_OFFER_EXPIRED}:${offer.id}`,
  })
}

export const config: SubscriberConfig = { event: AuctionEvents.OFFER_EXPIRED }
