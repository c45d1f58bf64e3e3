// @vitest-environment node
import { createTranslator } from "next-intl"
import { NextRequest } from "next/server"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { catalogues } from "../../../../../messages"
import type { AuctionDetail } from "@/lib/auction-types"
import { GET } from "./route"

const getAuction = vi.hoisted(() => vi.fn())
vi.mock("@/lib/data/auctions", () => ({ getAuction }))
vi.mock("next-intl/server", () => ({
  getTranslations: async ({ locale, namespace }: { locale: "fr" | "en"; namespace: "Auctions" }) =>
    createTranslator({ locale, messages: catalogues[locale], namespace }),
}))

const id = "alot_01JZ8R5W3K2M4N6P8Q0S"
const lot: AuctionDetail = {
  id,
  status: "live",
  phase: "live",
  product: { id: "prod_1", handle: "tapis-zayane", title: "Zayane carpet", thumbnail: null },
  cooperative: null,
  currency_code: "mad",
  starting_price: 1500,
  current_price: null,
  hammer_price: null,
  bid_count: 0,
  starts_at: "2026-05-10T08:00:00Z",
  ends_at: "2026-05-10T18:00:00Z",
  soft_close_minutes: 5,
  reserve_met: null,
  min_next_bid: 1500,
  bids: [],
  viewer: null,
}

const get = (query: string, lotId = id) =>
  GET(new NextRequest(new URL(`/api/auctions/${lotId}?${query}`, "http://localhost:8000")), { params: Promise.resolve({ id: lotId }) })

beforeEach(() => getAuction.mockReset())

describe("GET /api/auctions/:id", () => {
  it("answers the lot page's live part in the asked language, never stored", async () => {
    getAuction.mockResolvedValueOnce({ auction: lot, server_time: "2026-05-10T10:00:00Z" })
    const response = await get("locale=en")
    expect(response.status).toBe(200)
    expect(response.headers.get("cache-control")).toBe("private, no-store")
    expect(getAuction).toHaveBeenCalledWith(id, "en")
    expect(await response.json()).toMatchObject({ id, bidCount: "No bids", price: { label: "Starting price" }, canBid: false })
  })

  it("answers 404 for an unknown lot, and for anything that is not a lot id without asking", async () => {
    getAuction.mockResolvedValueOnce(null)
    expect((await get("locale=fr")).status).toBe(404)
    expect((await get("locale=fr", "prod_01JZ8R5W3K2M4N6P8Q0S")).status).toBe(404)
    expect(getAuction).toHaveBeenCalledTimes(1)
  })

  it("answers 502 without details when the backend fails", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined)
    getAuction.mockRejectedValueOnce(new Error("connect ECONNREFUSED 127.0.0.1:9000"))
    const response = await get("locale=fr")
    expect(response.status).toBe(502)
    expect(await response.json()).toEqual({ type: "unknown", message: "The shop did not answer" })
  })
})
