import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AUCTION_MODULE } from "../modules/auction"
import type AuctionModuleService from "../modules/auction/service"
import { AUCTION_OFFER, auctionOfferData, renderAuctionOffer } from "../notifications/auction-offer"
import { auctionRecipient } from "../notifications/auction-recipient"
import { lotTitle } from "../notifications/auction-lot-title"
import { sendEmail } from "../notifications/send-email"
import { AuctionEvents } from "../workflows/auction/events"

/**
 * Tells the winner, or the next bidder offered a second chance, what they owe and by when,
 * with the lot's page to pay from, in their language. Once per offer.
 */
export default async function notifyOfferedBidder({ event, container }: SubscriberArgs<{ id: string }>) {
  const offer = await container
    .resolve<AuctionModuleService>(AUCTION_MODULE)
    .retrieveAuctionOffer(event.data.id, { relations: ["lot"] })
  const recipient = await auctionRecipient(container, offer.customer_id)
  if (!recipient) return
  const data = auctionOfferData(offer, await lotTitle(container, offer.lot.product_id, recipient.locale), recipient.locale)
  await sendEmail(container, {
    to: recipient.email,
    template: AUCTION_OFFER,
    locale: recipient.locale,
    email: renderAuctionOffer(recipient.locale, data),
    data,
    idempotencyKey: `${AUCTION_OFFER}:${offer.id}`,
  })
}

export const config: SubscriberConfig = { event: AuctionEvents.OFFER_CREATED }
