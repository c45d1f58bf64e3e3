/** What the production checks and `bench:bids` share to bid on the demo seed's lots and watch them. */
import { assert } from "./prod-checks/assert.js"
import type { Store } from "./shop-client.js"

export const bidderPassword = process.env.DEMO_PASSWORD ?? "tiwizi-demo"

/** The seeded customers with a verified email, so every one of them may bid. */
export const bidders = [
  "karim.alaoui@tiwizi.local",
  "nadia.bennis@tiwizi.local",
  "claire.fontaine@tiwizi.local",
  "youssef.amrani@tiwizi.local",
  "hannah.becker@tiwizi.local",
  "omar.tazi@tiwizi.local",
  "client@tiwizi.local",
]

/** A lot's state as a watching page receives it, and when it arrived. */
export type Seen = { price: number | null; bidCount: number; at: number }

/**
 * Opens the lot's event stream as its page does and records every `state` event as it arrives.
 * `close` aborts the connection: an open stream would keep its server from stopping.
 */
export async function watchLot(store: Store, lotId: string): Promise<{ states: Seen[]; failure: () => Error | undefined; close: () => void }> {
  const controller = new AbortController()
  const response = await fetch(`${store.baseUrl}/store/auctions/${lotId}/stream`, {
    headers: { accept: "text/event-stream", "x-publishable-api-key": store.publishableKey },
    signal: controller.signal,
  })
  assert(response.ok && response.body, `open the stream: ${response.status}`)
  const states: Seen[] = []
  let failed: Error | undefined
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
  void (async () => {
    let buffer = ""
    for (;;) {
      const { value, done } = await reader.read()
      if (done) return
      buffer += value
      for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
        const message = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        const data = /^data: (.*)$/m.exec(message)?.[1]
        if (/^event: state$/m.test(message) && data) {
          const { auction } = JSON.parse(data)
          states.push({ price: auction.current_price, bidCount: auction.bid_count, at: Date.now() })
        }
      }
    }
  })().catch((error: Error) => {
    // Closing the stream rejects the pending read: only an earlier error is the stream's failure.
    if (!controller.signal.aborted) failed = error
  })
  return { states, failure: () => failed, close: () => controller.abort() }
}

