import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { locales, type Locale } from "@tiwizi/locale"
import { AUCTION_MODULE } from "../modules/auction"
import type AuctionModuleService from "../modules/auction/service"
import { AUCTION_CLOSED, auctionClosedData, auctionClosedSms, renderAuctionClosed } from "../notifications/auction-closed"
import { lotTitle } from "../notifications/auction-lot-title"
import { notifyCooperative } from "../notifications/notify-cooperative"
import { AuctionEvents } from "../workflows/auction/events"

/**
 * Tells the lot's cooperative, by email and SMS (`notifyCooperative`), that its lot closed:
 * sold at the hammer price, or not sold. The product's title is read in every language first,
 * since the cooperative's language is known only once `notifyCooperative` writes.
 */
export default async function notifyCooperativeOfClose({ event, container }: SubscriberArgs<{ id: string; outcome: string }>) {
  const lot = await container
    .resolve<AuctionModuleService>(AUCTION_MODULE)
    .retrieveAuctionLot(event.data.id, { select: ["id", "product_id", "cooperative_id", "status", "hammer_price", "currency_code"] })
  const titles = Object.fromEntries(
    await Promise.all(locales.map(async (locale) => [locale, await lotTitle(container, lot.product_id, locale)] as const)),
  ) as Record<Locale, string>
  const closed = { ...lot, status: event.data.outcome }
  await notifyCooperative(container, lot.cooperative_id, {
    template: AUCTION_CLOSED,
    key: lot.id,
    write: (locale) => {
      const data = auctionClosedData(closed, titles[locale], locale)
      return { email: renderAuctionClosed(locale, data), text: auctionClosedSms(locale, data), data }
    },
  })
}

export const config: SubscriberConfig = { event: AuctionEvents.CLOSED }
