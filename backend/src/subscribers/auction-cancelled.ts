import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AUCTION_MODULE } from "../modules/auction"
import type AuctionModuleService from "../modules/auction/service"
import { AUCTION_CANCELLED, auctionCancelledData, renderAuctionCancelled } from "../notifications/auction-cancelled"
import { auctionRecipient } from "../notifications/auction-recipient"
import { lotTitle } from "../notifications/auction-lot-title"
import { sendEmail } from "../notifications/send-email"
import { AuctionEvents } from "../workflows/auction/events"

/**
 * Tells every customer who bid on a cancelled lot, in their own language, that it was
 * cancelled, why (staff's reason) and that nothing is due; the holder of the offer it withdrew
 * is told that offer can no longer be paid. Once per lot and bidder.
 */
export default async function notifyBiddersOfCancel({ event, container }: SubscriberArgs<{ id: string }>) {
  const auctions = container.resolve<AuctionModuleService>(AUCTION_MODULE)
  const [lot, bids, withdrawn] = await Promise.all([
    auctions.retrieveAuctionLot(event.data.id, { select: ["id", "product_id", "cancel_reason"] }),
    auctions.listAuctionBids({ lot_id: event.data.id }, { select: ["customer_id"] }),
    auctions.listAuctionOffers({ lot_id: event.data.id, status: "withdrawn" }, { select: ["customer_id"] }),
  ])
  const holders = new Set(withdrawn.map((offer) => offer.customer_id))
  const bidders = new Set([...bids.map((bid) => bid.customer_id), ...holders])
  await Promise.all(
    [...bidders].map(async (customerId) => {
      const recipient = await auctionRecipient(container, customerId)
      if (!recipient) return
      const title = await lotTitle(container, lot.product_id, recipient.locale)
      const data = auctionCancelledData(lot, title, holders.has(customerId), recipient.locale)
      await sendEmail(container, {
        to: recipient.email,
        template: AUCTION_CANCELLED,
        locale: recipient.locale,
        email: renderAuctionCancelled(recipient.locale, data),
        data,
        idempotencyKey: `${AUCTION_CANCELLED}:${lot.id}:${customerId}`,
      })
    }),
  )
}

export const config: SubscriberConfig = { event: AuctionEvents.CANCELLED }
