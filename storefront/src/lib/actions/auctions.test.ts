// @vitest-environment node
import { createTranslator } from "next-intl"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { catalogues } from "../../../messages"
import type { AuctionDetail } from "../auction-types"
import { payOffer, placeBid } from "./auctions"

const data = vi.hoisted(() => ({ placeBid: vi.fn(), getAuction: vi.fn() }))
const cookies = vi.hoisted(() => ({ setCartId: vi.fn(), getCartId: vi.fn(), setCartAside: vi.fn() }))
const setCartId = cookies.setCartId
const redirect = vi.hoisted(() =>
  vi.fn((to: string) => {
    throw new Error(`redirect ${to}`)
  }),
)
vi.mock("../data/auctions", () => data)
vi.mock("../data/cookies", () => cookies)
vi.mock("next/navigation", () => ({ redirect }))
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
  bid_count: 1,
  starts_at: "2026-05-10T08:00:00Z",
  ends_at: "2026-05-10T18:00:00Z",
  soft_close_minutes: 5,
  reserve_met: null,
  min_next_bid: 1700,
  bids: [],
  viewer: { can_bid: true, leading: false, outbid: true, max_amount: null, offer: null },
}
const state = (auction: Partial<AuctionDetail> = {}) => ({ auction: { ...lot, ...auction }, server_time: "2026-05-10T10:00:00Z" })
const form = (fields: Record<string, string>) => {
  const body = new FormData()
  for (const [key, value] of Object.entries(fields)) body.set(key, value)
  return body
}
const plain = (text: string) => text.replace(/\s/g, " ")

beforeEach(() => {
  data.placeBid.mockReset()
  data.getAuction.mockReset()
  setCartId.mockReset()
  cookies.getCartId.mockReset()
  cookies.setCartAside.mockReset()
  redirect.mockClear()
})

describe("placeBid", () => {
  it("places a maximum in MAD and answers the lot's new state with what was placed", async () => {
    data.placeBid.mockResolvedValueOnce({ ok: true, state: state({ viewer: { ...lot.viewer!, leading: true, outbid: false } }), bid: { position: 2, amount: 1700, max_amount: 4000 } })
    const answer = await placeBid({ status: "idle" }, form({ lot_id: id, amount: "4000", kind: "max", locale: "fr" }))
    expect(data.placeBid).toHaveBeenCalledWith(id, { amount: 4000, max: true, currency_code: "mad" }, "fr")
    expect(answer.status).toBe("placed")
    if (answer.status !== "placed") return
    expect(plain(answer.message)).toBe("Votre maximum de 4.000,00 MAD est enregistré.")
    expect(answer.view.standing?.kind).toBe("winning")
  })

  it("says a bid was too low with the minimum that holds now, and reads the lot again", async () => {
    data.placeBid.mockResolvedValueOnce({ ok: false, refusal: { code: "bid_too_low", min_amount: 1800 } })
    data.getAuction.mockResolvedValueOnce(state({ current_price: 1700, min_next_bid: 1800 }))
    const answer = await placeBid({ status: "idle" }, form({ lot_id: id, amount: "1700", kind: "bid", locale: "ar" }))
    expect(answer).toMatchObject({ status: "error", code: "bid_too_low" })
    if (answer.status !== "error") return
    expect(answer.message).toContain("1.800,00")
    expect(answer.message).toMatch(/^المزايدة منخفضة جدًا/)
    expect(answer.view?.minNext?.amount).toBe(1800)
  })

  it("turns every refusal into its message", async () => {
    data.placeBid.mockResolvedValueOnce({ ok: false, refusal: { code: "email_not_verified" } })
    data.getAuction.mockResolvedValueOnce(state())
    const answer = await placeBid({ status: "idle" }, form({ lot_id: id, amount: "1700", locale: "fr" }))
    expect(answer).toMatchObject({ status: "error", code: "email_not_verified", message: "Vérifiez d’abord votre adresse e-mail pour enchérir." })
  })

  it("refuses cents and strangers' ids without asking the backend", async () => {
    const answer = await placeBid({ status: "idle" }, form({ lot_id: id, amount: "1700,50", locale: "fr" }))
    expect(answer).toEqual({ status: "error", code: "invalid_amount", message: "Indiquez un montant en dirhams entiers, sans centimes.", view: null })
    expect(data.placeBid).not.toHaveBeenCalled()
  })

  it("answers unknown, and logs, when the backend fails", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined)
    data.placeBid.mockImplementationOnce(async () => {
      throw new Error("POST /store/auctions/x/bids answered 500")
    })
    const answer = await placeBid({ status: "idle" }, form({ lot_id: id, amount: "1700", locale: "fr" }))
    expect(answer).toMatchObject({ status: "error", code: "unknown", view: null })
    expect(log).toHaveBeenCalled()
  })
})

describe("payOffer", () => {
  const offer = { id: "aoff_1", kind: "winner" as const, amount: 3100, due_at: "2026-05-13T18:00:00Z", status: "open" as const, cart_id: "cart_01" }

  it("puts the offer's cart in the visitor's cookie and opens the checkout", async () => {
    data.getAuction.mockResolvedValueOnce(state({ phase: "ended", status: "sold", viewer: { ...lot.viewer!, leading: true, offer } }))
    await expect(payOffer(form({ lot_id: id, locale: "ar" }))).rejects.toThrow("redirect /ar/checkout")
    expect(setCartId).toHaveBeenCalledWith("cart_01")
    expect(cookies.setCartAside).not.toHaveBeenCalled()
  })

  it("sets the visitor's own cart aside, to give it back once the offer is paid", async () => {
    cookies.getCartId.mockResolvedValueOnce("cart_shop")
    data.getAuction.mockResolvedValueOnce(state({ phase: "ended", status: "sold", viewer: { ...lot.viewer!, leading: true, offer } }))
    await expect(payOffer(form({ lot_id: id, locale: "fr" }))).rejects.toThrow("redirect /fr/checkout")
    expect(cookies.setCartAside).toHaveBeenCalledWith("cart_shop")
    expect(setCartId).toHaveBeenCalledWith("cart_01")
  })

  it("leads back to the lot when there is no open offer of the reader's", async () => {
    data.getAuction.mockResolvedValueOnce(state({ phase: "ended", status: "sold", viewer: { ...lot.viewer!, offer: { ...offer, status: "expired" } } }))
    await expect(payOffer(form({ lot_id: id, locale: "fr" }))).rejects.toThrow(`redirect /fr/auctions/${id}?offer=unavailable`)
    expect(setCartId).not.toHaveBeenCalled()
  })
})
