import { describe, expect, it } from "vitest"
import { parseAddress, parseEmail, parseLogin, parseNewPassword, parseProfile, parseRegister } from "./account-forms"

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}

describe("parseLogin", () => {
  it("lower-cases the email and keeps the password as typed", () => {
    expect(parseLogin(form({ email: " Amina@Example.ma ", password: " secret " }))).toEqual({
      ok: true,
      data: { email: "amina@example.ma", password: " secret " },
    })
  })

  it("reports each missing or malformed field and never hands the password back", () => {
    const parsed = parseLogin(form({ email: "amina", password: "" }))
    expect(parsed).toEqual({ ok: false, state: { status: "error", values: { email: "amina" }, errors: { email: "invalid_email", password: "required" } } })
  })
})

describe("parseRegister", () => {
  it("requires names and a password of at least 8 characters", () => {
    const parsed = parseRegister(form({ first_name: "Amina", last_name: "", email: "amina@example.ma", password: "short" }))
    expect(parsed.ok).toBe(false)
    if (parsed.ok || parsed.state.status !== "error") return
    expect(parsed.state.errors).toEqual({ last_name: "required", password: "password_too_short" })
    expect(parsed.state.values).toEqual({ first_name: "Amina", last_name: "", email: "amina@example.ma" })
  })

  it("accepts a complete form", () => {
    const parsed = parseRegister(form({ first_name: " Amina ", last_name: "Ouhaddou", email: "Amina@example.ma", password: "tapis-de-laine" }))
    expect(parsed).toEqual({ ok: true, data: { first_name: "Amina", last_name: "Ouhaddou", email: "amina@example.ma", password: "tapis-de-laine" } })
  })

  it("refuses overlong names and passwords", () => {
    const parsed = parseRegister(form({ first_name: "a".repeat(61), last_name: "b", email: "a@b.ma", password: "x".repeat(129) }))
    expect(parsed.ok || parsed.state.status !== "error" ? null : parsed.state.errors).toEqual({ first_name: "too_long", password: "too_long" })
  })
})

describe("parseProfile", () => {
  it("requires both names", () => {
    expect(parseProfile(form({ first_name: " Amina ", last_name: "Ouhaddou" }))).toEqual({ ok: true, data: { first_name: "Amina", last_name: "Ouhaddou" } })
    const parsed = parseProfile(form({ first_name: "", last_name: "Ouhaddou" }))
    expect(parsed.ok || parsed.state.status !== "error" ? null : parsed.state.errors).toEqual({ first_name: "required" })
  })
})

describe("parseEmail and parseNewPassword", () => {
  it("checks the forgotten-password email", () => {
    expect(parseEmail(form({ email: "" })).ok).toBe(false)
    expect(parseEmail(form({ email: "A@B.MA" }))).toEqual({ ok: true, data: { email: "a@b.ma" } })
  })

  it("calls a link without token or email invalid, and checks the new password", () => {
    const broken = parseNewPassword(form({ token: "", email: "a@b.ma", password: "long enough" }))
    expect(broken.ok || broken.state.status !== "error" ? null : broken.state.formError).toBe("invalid_link")
    const short = parseNewPassword(form({ token: "t", email: "a@b.ma", password: "1234567" }))
    expect(short.ok || short.state.status !== "error" ? null : short.state.errors).toEqual({ password: "password_too_short" })
    expect(parseNewPassword(form({ token: "t", email: "A@b.ma", password: "12345678" }))).toEqual({
      ok: true,
      data: { token: "t", email: "a@b.ma", password: "12345678" },
    })
  })
})

describe("parseAddress", () => {
  const moroccan = {
    first_name: "Amina",
    last_name: "Ouhaddou",
    address_1: "12 rue des Tisserands",
    city: "khenifra",
    country_code: "MA",
    phone: "0612345678",
  }

  it("normalises a Moroccan address: courier spelling, province and international phone", () => {
    const parsed = parseAddress(form(moroccan))
    expect(parsed.ok && parsed.data).toMatchObject({ city: "Khénifra", province: "Khénifra", country_code: "ma", phone: "+212612345678", postal_code: "" })
  })

  it("puts each issue next to its field, keeping what was typed", () => {
    const parsed = parseAddress(form({ ...moroccan, phone: "12", city: "Atlantis" }))
    expect(parsed.ok).toBe(false)
    if (parsed.ok || parsed.state.status !== "error") return
    expect(parsed.state.errors).toEqual({ phone: "invalid_phone", city: "unknown_city" })
    expect(parsed.state.values).toMatchObject({ phone: "12", city: "Atlantis" })
  })

  it("asks for a postal code abroad and refuses countries the shop does not deliver to", () => {
    const france = parseAddress(form({ ...moroccan, country_code: "fr", city: "Lyon", phone: "+33612345678" }))
    expect(france.ok || france.state.status !== "error" ? null : france.state.errors).toEqual({ postal_code: "required" })
    const nowhere = parseAddress(form({ ...moroccan, country_code: "xx" }))
    expect(nowhere.ok || nowhere.state.status !== "error" ? null : nowhere.state.errors).toMatchObject({ country_code: "unsupported_country" })
  })
})
