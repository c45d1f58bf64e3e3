// @vitest-environment node
import { FetchError } from "@medusajs/js-sdk"
import { createTranslator } from "next-intl"
import { NextRequest } from "next/server"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { catalogues } from "../../../../../../messages"
import type { AuctionDetail } from "@/lib/auction-types"
import { sseReader, type SseEvent } from "@/lib/auction-sse"
import { GET } from "./route"

const openAuctionStream = vi.hoisted(() => vi.fn())
vi.mock("@/lib/data/auctions", () => ({ openAuctionStream }))
vi.mock("next-intl/server", () => ({
  getTranslations: async ({ locale, namespace }: { locale: "fr" | "ar"; namespace: "Auctions" }) =>
    createTranslator({ locale, messages: catalogues[locale], namespace }),
}))

const id = "alot_01JZ8R5W3K2M4N6P8Q0S"
const lot: AuctionDetail = {
  id,
  status: "live",
  phase: "live",
  product: { id: "prod_1", handle: "tapis-zayane", title: "Tapis zayane", thumbnail: null },
  cooperative: null,
  currency_code: "mad",
  starting_price: 1500,
  current_price: 1600,
  hammer_price: null,
  bid_count: 2,
  starts_at: "2026-05-10T08:00:00Z",
  ends_at: "2026-05-10T18:00:00Z",
  soft_close_minutes: 5,
  reserve_met: null,
  min_next_bid: 1700,
  bids: [],
  viewer: { can_bid: true, leading: false, outbid: true, max_amount: null, offer: null },
}

/** A backend stream that sends `chunks` and ends. */
function backendStream(chunks: string[]): Response {
  const encoder = new TextEncoder()
  return new Response(
    new ReadableStream({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(encoder.encode(chunk))
        controller.close()
      },
    }),
    { headers: { "content-type": "text/event-stream" } },
  )
}

const get = (query: string, lotId = id) =>
  GET(new NextRequest(new URL(`/api/auctions/${lotId}/stream?${query}`, "http://localhost:8000")), { params: Promise.resolve({ id: lotId }) })

async function eventsOf(response: Response): Promise<SseEvent[]> {
  const events: SseEvent[] = []
  sseReader((event) => events.push(event))(await response.text())
  return events
}

beforeEach(() => openAuctionStream.mockReset())

describe("GET /api/auctions/:id/stream", () => {
  it("passes each state on as the page shows it, in the page's language, and pings as they are", async () => {
    const state = `event: state\ndata: ${JSON.stringify({ auction: lot, server_time: "2026-05-10T10:00:00Z" })}\n\n`
    // The backend's chunks end anywhere, even inside an event.
    openAuctionStream.mockResolvedValue(backendStream([state.slice(0, 40), state.slice(40), 'event: ping\ndata: {"server_time":"2026-05-10T10:00:15Z"}\n\n']))
    const response = await get("locale=ar")
    expect(response.status).toBe(200)
    expect(response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8")
    expect(response.headers.get("cache-control")).toContain("no-transform")
    expect(openAuctionStream).toHaveBeenCalledWith(id, "ar", expect.any(AbortSignal))
    const [first, ping] = await eventsOf(response)
    expect(first.event).toBe("state")
    const view = JSON.parse(first.data)
    expect(view).toMatchObject({ id, phase: "live", serverTime: "2026-05-10T10:00:00Z", canBid: true, bidCount: "مزايدتان" })
    expect(view.standing).toEqual({ kind: "outbid", text: "تمت المزايدة عليك" })
    // Only the view travels to the browser: nothing of the backend's raw lot.
    expect(view).not.toHaveProperty("viewer")
    expect(ping).toEqual({ event: "ping", data: '{"server_time":"2026-05-10T10:00:15Z"}' })
  })

  it("answers 404 for an unknown lot and for anything that is not a lot id, without asking the backend for the latter", async () => {
    openAuctionStream.mockRejectedValueOnce(new FetchError("Auction lot was not found", "Not Found", 404))
    expect((await get("locale=fr")).status).toBe(404)
    expect((await get("locale=fr", "..%2Fadmin")).status).toBe(404)
    expect(openAuctionStream).toHaveBeenCalledTimes(1)
  })

  it("answers 502 without details when the backend cannot be reached", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined)
    openAuctionStream.mockRejectedValueOnce(new TypeError("fetch failed"))
    const response = await get("locale=fr")
    expect(response.status).toBe(502)
    expect(await response.json()).toEqual({ type: "unknown", message: "The shop did not answer" })
  })
})
