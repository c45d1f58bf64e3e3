import { FetchError } from "@medusajs/js-sdk"
import { describe, expect, it } from "vitest"
import { cartErrorCode, checkoutErrorCode, isBadRequest, isCheckoutErrorCode } from "./errors"

describe("cartErrorCode", () => {
  it("recognises a stock shortage", () => {
    expect(cartErrorCode(new FetchError("Some variant does not have the required inventory", "Bad Request", 400))).toBe("out_of_stock")
  })
  it("recognises a variant that is gone or not sold in the region", () => {
    expect(cartErrorCode(new FetchError("Variant not found", "Not Found", 404))).toBe("unavailable")
    expect(cartErrorCode(new FetchError("Items do not have a price", "Bad Request", 400))).toBe("unavailable")
  })
  it("calls other refusals invalid and server failures unknown", () => {
    expect(cartErrorCode(new FetchError("quantity must be positive", "Bad Request", 400))).toBe("invalid")
    expect(cartErrorCode(new FetchError("An unknown error occurred.", "Internal Server Error", 500))).toBe("unknown")
    expect(cartErrorCode(new Error("boom"))).toBe("unknown")
  })
  it("recognises a backend that cannot be reached", () => {
    const error = new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED 127.0.0.1:9000") })
    expect(cartErrorCode(error)).toBe("unreachable")
  })
})

describe("isBadRequest", () => {
  it("is true only for the backend's 400", () => {
    expect(isBadRequest(new FetchError("Search index \"product\" can't return the fields: secret", "Bad Request", 400))).toBe(true)
    expect(isBadRequest(new FetchError("Not Found", "Not Found", 404))).toBe(false)
    expect(isBadRequest(new FetchError("boom", "Internal Server Error", 500))).toBe(false)
    expect(isBadRequest(new Error("400"))).toBe(false)
  })
})

describe("checkoutErrorCode", () => {
  it("recognises a piece sold to someone else while the order was being placed", () => {
    expect(checkoutErrorCode(new FetchError("Some variant does not have the required inventory", "Bad Request", 400))).toBe("sold_out")
    expect(checkoutErrorCode(new FetchError("Not enough stock available for item", "Conflict", 409))).toBe("sold_out")
  })
  it("recognises a refused payment, a cart that is gone, and other refusals", () => {
    expect(checkoutErrorCode(new FetchError("Payment authorization failed", "Bad Request", 400))).toBe("payment")
    expect(checkoutErrorCode(new FetchError("Cart not found", "Not Found", 404))).toBe("expired")
    expect(checkoutErrorCode(new FetchError("No shipping method selected", "Bad Request", 400))).toBe("invalid")
    expect(checkoutErrorCode(new FetchError("An unknown error occurred.", "Internal Server Error", 500))).toBe("unknown")
  })
  it("recognises a backend that cannot be reached", () => {
    expect(checkoutErrorCode(new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED") }))).toBe("unreachable")
    expect(checkoutErrorCode(new Error("boom"))).toBe("unknown")
  })
})

describe("isCheckoutErrorCode", () => {
  it("accepts only the checkout's codes (they come from the URL)", () => {
    expect(isCheckoutErrorCode("sold_out")).toBe(true)
    expect(isCheckoutErrorCode("<script>")).toBe(false)
    expect(isCheckoutErrorCode(["sold_out"])).toBe(false)
  })
})
