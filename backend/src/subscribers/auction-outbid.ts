import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AUCTION_MODULE } from "../modules/auction"
import type AuctionModuleService from "../modules/auction/service"
import { AUCTION_OUTBID, auctionOutbidData, renderAuctionOutbid } from "../notifications/auction-outbid"
import { auctionRecipient } from "../notifications/auction-recipient"
import { lotTitle } from "../notifications/auction-lot-title"
import { sendEmail } from "../notifications/send-email"
import { AuctionEvents } from "../workflows/auction/events"

type Outbid = { id: string; customer_id: string; current_price: number }

/**
 * Tells a bidder who lost the lead that they were outbid, with the lot's price now and a link
 * back to it, in their language. Keyed by lot, bidder and price: a re-delivered event sends
 * nothing twice, while each new outbid at a higher price is told.
 */
export default async function notifyOutbidBidder({ event, container }: SubscriberArgs<Outbid>) {
  const { id, customer_id, current_price } = event.data
  const recipient = await auctionRecipient(container, customer_id)
  if (!recipient) return
  const lot = await container.resolve<AuctionModuleService>(AUCTION_MODULE).retrieveAuctionLot(id, { select: ["id", "product_id", "currency_code"] })
  const data = auctionOutbidData(lot, await lotTitle(container, lot.product_id, recipient.locale), Number(current_price), recipient.locale)
  await sendEmail(container, {
    to: recipient.email,
    template: AUCTION_OUTBID,
    locale: recipient.locale,
    email: renderAuctionOutbid(recipient.locale, data),
    data,
    idempotencyKey: `${AUCTION_OUTBID}:${id}:${customer_id}:${current_price}`,
  })
}

export const config: SubscriberConfig = { event: AuctionEvents.OUTBID }
