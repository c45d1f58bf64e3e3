import { FetchError } from "@medusajs/js-sdk"
import { describe, expect, it } from "vitest"
import { accountErrorCode, isEmailTaken, isUnauthorized } from "./account-errors"

describe("accountErrorCode", () => {
  it("says wrong credentials for any 401, whatever the backend's reason", () => {
    expect(accountErrorCode(new FetchError("Invalid email or password", "Unauthorized", 401))).toBe("invalid_credentials")
    expect(accountErrorCode(new FetchError("Identity not found", "Unauthorized", 401))).toBe("invalid_credentials")
  })

  it("tells refused input, an unreachable backend and the rest apart", () => {
    expect(accountErrorCode(new FetchError("Invalid request", "Bad Request", 400))).toBe("invalid")
    expect(accountErrorCode(new FetchError("boom", "Internal Server Error", 500))).toBe("unknown")
    expect(accountErrorCode(new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED") }))).toBe("unreachable")
    expect(accountErrorCode(new Error("anything"))).toBe("unknown")
  })
})

describe("isEmailTaken and isUnauthorized", () => {
  it("recognise Medusa's answers", () => {
    expect(isEmailTaken(new FetchError("Identity with email already exists", "Unauthorized", 401))).toBe(true)
    expect(isEmailTaken(new FetchError("Invalid email or password", "Unauthorized", 401))).toBe(false)
    expect(isUnauthorized(new FetchError("Unauthorized", "Unauthorized", 401))).toBe(true)
    expect(isUnauthorized(new FetchError("Not found", "Not Found", 404))).toBe(false)
  })
})
