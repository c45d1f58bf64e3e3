import { describe, expect, it } from "vitest"
import { addressIssues, normalizeAddressPhone, type AddressBody } from "./field-issues"

const address = { first_name: "Fatima", last_name: "Oulhaj", address_1: "12 rue Moulay Ismail", city: "Khénifra", country_code: "ma", phone: "0661234567" }

describe("address issues at the edge", () => {
  it("names each field with its path and code", () => {
    expect(addressIssues("shipping_address.", { ...address, phone: "12", city: "Atlantis" }, { partial: false })).toEqual([
      { field: "shipping_address.phone", code: "invalid_phone" },
      { field: "shipping_address.city", code: "unknown_city" },
    ])
  })

  it("judges only the fields sent when the address may still be incomplete", () => {
    expect(addressIssues("shipping_address.", { country_code: "ma", city: "Khénifra" }, { partial: true })).toEqual([])
    expect(addressIssues("", { country_code: "ma", city: "Khénifra", address_1: "" }, { partial: true })).toEqual([{ field: "address_1", code: "required" }])
    expect(addressIssues("", { country_code: "ma", city: "Khénifra" }, { partial: false })).toContainEqual({ field: "phone", code: "required" })
  })

  it("stores phones in international form", () => {
    const body: AddressBody = { ...address }
    normalizeAddressPhone(body)
    expect(body.phone).toBe("+212661234567")
  })
})
