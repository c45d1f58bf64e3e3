import jwt from "jsonwebtoken"
import { describe, expect, it, vi } from "vitest"
import { readVerificationToken, signVerificationToken } from "./token"

const secret = "a-test-secret"
const claim = { customer_id: "cus_01", email: "Amina@Example.ma" }

describe("email verification tokens", () => {
  it("carry the customer and their address, in lower case", () => {
    expect(readVerificationToken(secret, signVerificationToken(secret, claim))).toEqual({ customer_id: "cus_01", email: "amina@example.ma" })
  })

  it("are refused once 48 hours have passed", () => {
    vi.useFakeTimers({ now: new Date("2026-11-27T10:00:00Z") })
    try {
      const token = signVerificationToken(secret, claim)
      vi.setSystemTime(new Date("2026-11-29T09:59:00Z"))
      expect(readVerificationToken(secret, token)).not.toBeNull()
      vi.setSystemTime(new Date("2026-11-29T10:00:01Z"))
      expect(readVerificationToken(secret, token)).toBeNull()
    } finally {
      vi.useRealTimers()
    }
  })

  it("are refused when signed with another secret, tampered with or not tokens at all", () => {
    const token = signVerificationToken(secret, claim)
    expect(readVerificationToken("another-secret", token)).toBeNull()
    const [header, , signature] = token.split(".")
    const forged = Buffer.from(JSON.stringify({ email: "amina@example.ma", sub: "cus_02", aud: "tiwizi:email-verification" })).toString("base64url")
    expect(readVerificationToken(secret, `${header}.${forged}.${signature}`)).toBeNull()
    expect(readVerificationToken(secret, "not-a-token")).toBeNull()
  })

  it("are never a login token signed with the same secret", () => {
    const login = jwt.sign({ actor_id: "cus_01", actor_type: "customer", email: "amina@example.ma" }, secret, { subject: "cus_01" })
    expect(readVerificationToken(secret, login)).toBeNull()
  })
})
