import { describe, expect, it } from "vitest"
import { readTokenClaims, tokenMaxAge } from "./account-token"

const jwt = (claims: object) => `eyJhbGciOiJIUzI1NiJ9.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.signature`

describe("readTokenClaims", () => {
  it("reads the customer and the expiry", () => {
    expect(readTokenClaims(jwt({ actor_id: "cus_01", actor_type: "customer", exp: 1_900_000_000 }))).toEqual({ actorId: "cus_01", expiresAt: 1_900_000_000 })
  })

  it("gives an empty actor for a token issued before the customer exists", () => {
    expect(readTokenClaims(jwt({ actor_id: "", auth_identity_id: "authid_1" }))).toEqual({ actorId: "", expiresAt: null })
  })

  it("refuses what is not a JWT", () => {
    expect(readTokenClaims("not-a-token")).toBeNull()
    expect(readTokenClaims("a.%%%.c")).toBeNull()
    expect(readTokenClaims(`a.${Buffer.from("[1]").toString("base64url")}.c`)).toBeNull()
  })
})

describe("tokenMaxAge", () => {
  it("counts the seconds left, never below zero", () => {
    expect(tokenMaxAge({ actorId: "x", expiresAt: 1_000 }, 400_000)).toBe(600)
    expect(tokenMaxAge({ actorId: "x", expiresAt: 1_000 }, 2_000_000)).toBe(0)
    expect(tokenMaxAge({ actorId: "x", expiresAt: null })).toBe(86_400)
  })
})
