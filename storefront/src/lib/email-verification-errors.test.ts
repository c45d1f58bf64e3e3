import { FetchError } from "@medusajs/js-sdk"
import { describe, expect, it } from "vitest"
import { isInvalidLink, resendErrorCode } from "./email-verification-errors"

describe("resendErrorCode", () => {
  it("tells a request too soon after the last link from an address already verified", () => {
    expect(resendErrorCode(new FetchError("A link was sent less than a minute ago", "Too Many Requests", 429))).toBe("too_soon")
    expect(resendErrorCode(new FetchError("This email address is already verified", "Bad Request", 400))).toBe("already_verified")
  })

  it("leaks nothing of other failures", () => {
    expect(resendErrorCode(new FetchError("boom", "Internal Server Error", 500))).toBe("unknown")
    expect(resendErrorCode(new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED") }))).toBe("unreachable")
    expect(resendErrorCode(new Error("anything"))).toBe("unknown")
  })
})

describe("isInvalidLink", () => {
  it("is the backend's refusal of a token, and nothing else", () => {
    expect(isInvalidLink(new FetchError("This verification link is invalid or has expired", "Bad Request", 400))).toBe(true)
    expect(isInvalidLink(new FetchError("boom", "Internal Server Error", 500))).toBe(false)
    expect(isInvalidLink(new TypeError("fetch failed"))).toBe(false)
  })
})
