import { FetchError } from "@medusajs/js-sdk"
import { describe, expect, it } from "vitest"
import { cartErrorCode, isBadRequest } from "./errors"

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
