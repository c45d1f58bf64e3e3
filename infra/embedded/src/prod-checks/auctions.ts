import { randomInt } from "node:crypto"
import type { Check } from "../commands/test-prod.js"
import { bidderPassword, bidders, watchLot } from "../auction-client.js"
import { call, logIn, must, Store, type Answer } from "../shop-client.js"
import { assert, eventually, sql } from "./assert.js"

const BIDS = 40

/** Between successive maxima of the burst: the increment from 10,000 to 25,000 MAD. */
const BID_STEP = 500

/** How late the stream may deliver the final state after the last accepted bid was answered. */
const STREAM_DELAY_MS = 1500

/** 10% over `amount`, in whole hundreds: above 5,000 MAD two increments are at most that. */
const wellOver = (amount: number) => Math.ceil((amount * 1.1) / 100) * 100

/**
 * The burst's maxima from `minimum`, bid i to be sent through server i mod 2. All but the last
 * two rise with the order they are sent in, with some noise, shared by all bidders but the last
 * two: in one burst, the servers and the lot's lock reorder them, and whichever server runs
 * ahead takes most of them. The last two, one per server from bidders who bid nothing else,
 * stand well over every other maximum and over each other: whatever the order, each beats the
 * price when it lands, so both servers take at least one bid.
 */
function maximaFrom(minimum: number): { bidder: number; amount: number }[] {
  const burst = Array.from({ length: BIDS - 2 }, (_, i) => ({ bidder: i % (bidders.length - 2), amount: minimum + i * BID_STEP + randomInt(5) * 100 }))
  const first = wellOver(Math.max(...burst.map((bid) => bid.amount)))
  return [...burst, { bidder: bidders.length - 2, amount: first }, { bidder: bidders.length - 1, amount: wellOver(first) }]
}

type Bid = { server: number; answer: Answer; at: number }

const isAccepted = (bid: Bid) => bid.answer.status === 200
const isExpectedRefusal = ({ answer }: Bid) =>
  (answer.status === 409 && answer.data?.code === "already_highest_bidder") || (answer.status === 400 && answer.data?.code === "bid_too_low")

export const bidsLandInOneOrder: Check = {
  name: `${BIDS} concurrent bids on one lot, taken by both servers, land in one order; a page watching on server 2 sees the final price`,
  run: async ({ servers, publishableKey, databaseUrl }) => {
    const stores = servers.map((server) => new Store(server.url, publishableKey))
    const { auctions } = must(await stores[0].get("/store/auctions?phase=live"), "list the live lots")
    // The lot ending latest, so that its end (and soft close) is far from the check.
    const lot = [...auctions].sort((a: { ends_at: string }, b: { ends_at: string }) => b.ends_at.localeCompare(a.ends_at))[0]
    assert(lot, "no live lot in the demo seed")
    // Logged in and reading the lot through both servers, as bidders' pages would: a server
    // serving its first bidder cold would lag the burst, and its bids would all come too late.
    const tokens = await Promise.all(bidders.map((email, i) => logIn(servers[i % servers.length].url, "customer", email, bidderPassword)))
    const [before] = await Promise.all(
      servers.map(async (server, s) => {
        const headers = { authorization: `Bearer ${tokens[s]}`, "x-publishable-api-key": publishableKey }
        return must(await call(server.url, "GET", `/store/auctions/${lot.id}`, { headers }), `read the lot on server ${s + 1}`).auction
      }),
    )
    assert(before.min_next_bid !== null, `lot ${lot.id} takes no bids: ${JSON.stringify(before)}`)

    const stream = await watchLot(stores[1], lot.id)
    try {
      await eventually(async () => (stream.states.length ? true : undefined), 10_000, "the stream on server 2 sent no first state")
      const bids = await Promise.all(
        maximaFrom(before.min_next_bid).map(async ({ bidder, amount }, i): Promise<Bid> => {
          const server = i % stores.length
          const body = { amount, currency_code: "mad", max: true }
          const headers = { authorization: `Bearer ${tokens[bidder]}`, "x-publishable-api-key": publishableKey }
          const answer = await call(servers[server].url, "POST", `/store/auctions/${lot.id}/bids`, { body, headers })
          return { server, answer, at: Date.now() }
        }),
      )
      const accepted = bids.filter(isAccepted)
      const unexpected = bids.filter((bid) => !isAccepted(bid) && !isExpectedRefusal(bid))
      assert(!unexpected.length, `refusals other than "already leading" and "too low": ${JSON.stringify(unexpected.slice(0, 3).map((bid) => bid.answer))}`)
      const perServer = stores.map((_, s) => ({ accepted: accepted.filter((bid) => bid.server === s).length, refused: bids.filter((bid) => bid.server === s && !isAccepted(bid)).length }))
      assert(perServer.every((counts) => counts.accepted > 0), `a server took no bid, nothing crossed: ${JSON.stringify(perServer)}`)
      const positions = accepted.map((bid) => bid.answer.data.bid.position as number)
      assert(new Set(positions).size === positions.length, `two accepted bids share a position: ${positions.join(", ")}`)

      const [one, two] = await Promise.all(stores.map(async (store, s) => must(await store.get(`/store/auctions/${lot.id}`), `read the lot on server ${s + 1}`).auction))
      assert(one.current_price === two.current_price && one.bid_count === two.bid_count, `servers disagree: ${one.current_price} (${one.bid_count} bids) / ${two.current_price} (${two.bid_count} bids)`)
      const stored = await sql<{ position: number; kind: string }>(databaseUrl, "select position, kind from auction_bid where lot_id = $1 and deleted_at is null order by position", [lot.id])
      assert(stored.every((bid, index) => bid.position === index + 1), `stored positions have gaps: ${stored.map((bid) => bid.position).join(", ")}`)
      assert(stored.length === one.bid_count, `${stored.length} bids stored, bid_count ${one.bid_count}`)
      const added = one.bid_count - before.bid_count
      // Each accepted bid writes its own record, and at most one raise of a proxy bidder's.
      assert(added >= accepted.length && added <= 2 * accepted.length, `${accepted.length} accepted bids added ${added} records`)
      const own = new Set(stored.filter((bid) => bid.kind !== "auto").map((bid) => bid.position))
      assert(positions.every((position) => own.has(position)), `accepted positions missing from the stored history: ${positions.filter((position) => !own.has(position)).join(", ")}`)

      const lastAnswer = Math.max(...accepted.map((bid) => bid.at))
      const seen = await eventually(
        async () => {
          const failure = stream.failure()
          if (failure) throw failure
          return stream.states.find((state) => state.price === one.current_price && state.bidCount === one.bid_count)
        },
        STREAM_DELAY_MS + 1000,
        `the stream on server 2 never sent the final price ${one.current_price} (${one.bid_count} bids)`,
        50,
      )
      const delay = seen.at - lastAnswer
      assert(delay <= STREAM_DELAY_MS, `the stream on server 2 sent the final price ${delay} ms after the last accepted bid`)
      const counts = perServer.map((counts, s) => `server ${s + 1} ${counts.accepted} accepted / ${counts.refused} refused`).join(", ")
      return `${counts}; final price ${one.current_price} MAD on both after ${added} records (positions 1..${one.bid_count}); stream delay ${delay} ms`
    } finally {
      stream.close()
    }
  },
}
