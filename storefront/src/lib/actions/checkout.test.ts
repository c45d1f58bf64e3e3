// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from "vitest"
import { placeOrder } from "./checkout"

const cookies = vi.hoisted(() => ({ getCartId: vi.fn(), removeCartId: vi.fn(), setCartId: vi.fn(), takeCartAside: vi.fn() }))
const checkout = vi.hoisted(() => ({ completeCart: vi.fn() }))
const redirect = vi.hoisted(() =>
  vi.fn((to: string) => {
    throw new Error(`redirect ${to}`)
  }),
)
vi.mock("../data/cookies", () => cookies)
vi.mock("../data/checkout", () => checkout)
vi.mock("../data/orders", () => ({ rememberPlacedOrder: vi.fn() }))
vi.mock("../data/auth", () => ({}))
vi.mock("../data/cart", () => ({}))
vi.mock("../data/customer", () => ({}))
vi.mock("next/navigation", () => ({ redirect }))

const place = () => {
  const form = new FormData()
  form.set("locale", "fr")
  return placeOrder(form)
}

beforeEach(() => {
  vi.clearAllMocks()
  cookies.getCartId.mockResolvedValue("cart_offer")
  checkout.completeCart.mockResolvedValue({ type: "order", orderId: "order_1" })
})

describe("placeOrder", () => {
  it("forgets the completed cart and shows the order", async () => {
    await expect(place()).rejects.toThrow("redirect /fr/order/confirmed/order_1")
    expect(checkout.completeCart).toHaveBeenCalledWith("cart_offer")
    expect(cookies.removeCartId).toHaveBeenCalled()
    expect(cookies.setCartId).not.toHaveBeenCalled()
  })

  it("gives back the cart set aside to pay an auction won", async () => {
    cookies.takeCartAside.mockResolvedValue("cart_shop")
    await expect(place()).rejects.toThrow("redirect /fr/order/confirmed/order_1")
    expect(cookies.setCartId).toHaveBeenCalledWith("cart_shop")
    expect(cookies.removeCartId).not.toHaveBeenCalled()
  })

  it("keeps the cart, and the one set aside, when the order is not placed", async () => {
    checkout.completeCart.mockResolvedValue({ type: "cart" })
    await expect(place()).rejects.toThrow("redirect /fr/checkout?step=review&error=payment")
    expect(cookies.takeCartAside).not.toHaveBeenCalled()
    expect(cookies.removeCartId).not.toHaveBeenCalled()
  })
})
