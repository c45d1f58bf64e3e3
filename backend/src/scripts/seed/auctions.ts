import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AUCTION_MODULE } from "../../modules/auction"
import type AuctionModuleService from "../../modules/auction/service"
import { closeAuctionLotWorkflow } from "../../workflows/auction/workflows/close-auction-lot"
import { createAuctionLotWorkflow } from "../../workflows/auction/workflows/create-auction-lot"
import { seedVerifiedCustomer } from "./accounts"
import { demoBidders, demoLots, type DemoLot } from "./auction-lots"
import { daysLaterAt, nextWeekdayAt } from "./auction-schedule"
import type { SeedProduct } from "./catalogue"
import { progressBar } from "./progress"

const HOUR_MS = 60 * 60_000
const DAY_MS = 24 * HOUR_MS
const FRIDAY = 5

/** When `lot` starts and ends, seen from `now`; a sold lot's end is moved into the past once bid on. */
function scheduleOf(lot: DemoLot, now: Date): { starts_at: Date; ends_at: Date } {
  const { timing } = lot
  if (timing.phase === "upcoming") {
    const startsAt = daysLaterAt(now, timing.opensInDays, 10)
    return { starts_at: startsAt, ends_at: daysLaterAt(startsAt, 7, 20) }
  }
  if (timing.phase === "sold") return { starts_at: new Date(now.getTime() - 7 * DAY_MS), ends_at: new Date(now.getTime() + HOUR_MS) }
  const friday = nextWeekdayAt(now, FRIDAY, 20, 12 * HOUR_MS)
  const ends = {
    "in-3-hours": new Date(Math.ceil((now.getTime() + 3 * HOUR_MS) / (15 * 60_000)) * 15 * 60_000),
    "tomorrow-20h": daysLaterAt(now, 1, 20),
    "friday-20h": friday,
    "saturday-20h": daysLaterAt(friday, 1, 20),
  }
  return { starts_at: new Date(now.getTime() - 2 * DAY_MS), ends_at: ends[timing.ends] }
}

/**
 * Puts `lot` on auction as staff would (the same workflow, so the product is checked), places
 * its bids through the auction module under the lot's lock, and for a sold lot moves its end
 * into the past and closes it with the close workflow: the winner gets an offer and a cart.
 */
async function seedLot(container: MedusaContainer, lot: DemoLot, productId: string, bidderIds: string[]): Promise<void> {
  const auctions = container.resolve<AuctionModuleService>(AUCTION_MODULE)
  const { result: created } = await createAuctionLotWorkflow(container).run({
    input: {
      product_id: productId,
      ...scheduleOf(lot, new Date()),
      starting_price: lot.starting_price,
      reserve_price: lot.reserve_price,
      soft_close_minutes: 5,
      // Cash on delivery too: a demo shop has no card payments unless Stripe is configured.
      allow_cash_on_delivery: true,
      payment_days: 3,
    },
  })
  for (const bid of lot.bids) {
    await auctions.placeBid(created.id, { customer_id: bidderIds[bid.bidder], amount: bid.amount, currency_code: "mad", max: !!bid.max })
  }
  if (lot.timing.phase !== "sold") return
  const ended = new Date(Date.now() - 1_000)
  await auctions.updateAuctionLots({ id: created.id, ends_at: ended, scheduled_end_at: ended })
  const { result } = await closeAuctionLotWorkflow(container).run({ input: { lot_id: created.id } })
  if (result.outcome !== "sold") throw new Error(`the demo lot of ${lot.handle} closed as ${result.outcome ?? "nothing"}, not sold`)
}

/**
 * The demo auctions on the seeded carpets among {@link demoLots}: the demo bidders (verified
 * customers with the demo password), then live lots ending over the next days (one on the coming
 * Friday and one on Saturday at 20:00 in Casablanca), upcoming lots and sold ones, with real bids.
 * A product that already has a lot is left as it is, so a second run adds nothing and a run
 * cut short finishes the rest. Returns how many lots it created.
 */
export async function seedAuctions(container: MedusaContainer, products: SeedProduct[]): Promise<number> {
  const seeded = new Set(products.map((product) => product.handle))
  const lots = demoLots.filter((lot) => seeded.has(lot.handle))
  if (!lots.length) return 0
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "handle"],
    filters: { handle: lots.map((lot) => lot.handle) },
  })
  const productIds = new Map(data.map((product) => [product.handle, product.id]))
  const withLots = await container
    .resolve<AuctionModuleService>(AUCTION_MODULE)
    .listAuctionLots({ product_id: [...productIds.values()] }, { select: ["product_id"], take: null })
  const auctioned = new Set(withLots.map((lot) => lot.product_id))
  const missing = lots.filter((lot) => productIds.has(lot.handle) && !auctioned.has(productIds.get(lot.handle)!))
  if (!missing.length) return 0

  const bidderIds: string[] = []
  for (const bidder of demoBidders) {
    const { locale, ...customer } = bidder
    bidderIds.push(await seedVerifiedCustomer(container, { ...customer, metadata: { locale } }))
  }
  const bar = progressBar("auction lots", missing.length)
  for (const lot of missing) {
    await seedLot(container, lot, productIds.get(lot.handle)!, bidderIds)
    bar.tick()
  }
  bar.stop()
  return missing.length
}
