// @vitest-environment node
import { FetchError } from "@medusajs/js-sdk"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { chooseCurrency } from "./region"

const cart = vi.hoisted(() => ({ getCart: vi.fn(), updateCart: vi.fn() }))
const setChosenCurrency = vi.hoisted(() => vi.fn())
const refresh = vi.hoisted(() => vi.fn())
vi.mock("../data/cart", () => cart)
vi.mock("../data/cookies", () => ({ setChosenCurrency }))
vi.mock("../data/regions", () => ({
  listRegions: async () => [
    { id: "reg_ma", currency_code: "mad", countries: [{ iso_2: "ma" }] },
    { id: "reg_eu", currency_code: "eur", countries: [{ iso_2: "fr" }] },
  ],
}))
vi.mock("next/cache", () => ({ refresh }))

const choose = (currency: string) => {
  const form = new FormData()
  form.set("currency", currency)
  return chooseCurrency(form)
}

beforeEach(() => {
  vi.clearAllMocks()
  cart.getCart.mockResolvedValue({ id: "cart_1", region_id: "reg_ma" })
  cart.updateCart.mockResolvedValue({ id: "cart_1", region_id: "reg_eu" })
})

describe("chooseCurrency", () => {
  it("moves the cart to the currency's region and remembers the currency", async () => {
    await choose("eur")
    expect(cart.updateCart).toHaveBeenCalledWith("cart_1", { region_id: "reg_eu" })
    expect(setChosenCurrency).toHaveBeenCalledWith("eur")
    expect(refresh).toHaveBeenCalled()
  })

  it("keeps the visitor in the cart's currency when the backend keeps the cart (an auction won, in dirhams)", async () => {
    cart.updateCart.mockRejectedValue(new FetchError("This cart pays for an auction in its own currency", "Conflict", 409))
    await choose("eur")
    expect(setChosenCurrency).not.toHaveBeenCalled()
    expect(refresh).not.toHaveBeenCalled()
  })

  it("lets any other failure through", async () => {
    cart.updateCart.mockRejectedValue(new FetchError("Internal error", "Internal Server Error", 500))
    await expect(choose("eur")).rejects.toThrow("Internal error")
    expect(setChosenCurrency).not.toHaveBeenCalled()
  })
})
