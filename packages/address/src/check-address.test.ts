import { describe, expect, it } from "vitest"
import { checkAddress, normalizePhone, shippingCountries } from "./check-address"

const moroccan = {
  first_name: "Itto",
  last_name: "Amrani",
  address_1: "12 rue Oued Oum Er-Rbia",
  city: "Khénifra",
  country_code: "ma",
  phone: "0612345678",
}

const french = {
  first_name: "Claire",
  last_name: "Martin",
  address_1: "8 rue des Tisserands",
  city: "Lyon",
  postal_code: "69001",
  country_code: "fr",
  phone: "+33 6 12 34 56 78",
}

describe("normalizePhone", () => {
  it.each([
    ["0612345678", "+212612345678"],
    ["06 12 34 56 78", "+212612345678"],
    ["+212 612-345678", "+212612345678"],
    ["00212612345678", "+212612345678"],
    ["0537123456", "+212537123456"],
  ])("reads the Moroccan number %s", (input, expected) => {
    expect(normalizePhone(input, "ma")).toBe(expected)
  })

  it.each(["12345", "0012", "06123", "abcdefghij", "+212 112345678", ""])("refuses %j in Morocco", (input) => {
    expect(normalizePhone(input, "ma")).toBeNull()
  })

  it("reads a number in the address's country, or with its own + prefix", () => {
    expect(normalizePhone("06 12 34 56 78", "fr")).toBe("+33612345678")
    expect(normalizePhone("+212612345678", "fr")).toBe("+212612345678")
  })
})

describe("checkAddress", () => {
  it("accepts a complete Moroccan address without a postal code, and a French one", () => {
    expect(checkAddress(moroccan)).toEqual([])
    expect(checkAddress({ ...moroccan, city: "mrirt", postal_code: "54450" })).toEqual([])
    expect(checkAddress(french)).toEqual([])
  })

  it("names every missing required field", () => {
    expect(checkAddress({ country_code: "ma" })).toEqual([
      { field: "first_name", code: "required" },
      { field: "last_name", code: "required" },
      { field: "address_1", code: "required" },
      { field: "city", code: "required" },
      { field: "phone", code: "required" },
    ])
    expect(checkAddress({ ...moroccan, address_1: "   " })).toEqual([{ field: "address_1", code: "required" }])
  })

  it("refuses an invalid phone, an unknown Moroccan city and a malformed postal code", () => {
    expect(checkAddress({ ...moroccan, phone: "12345" })).toEqual([{ field: "phone", code: "invalid_phone" }])
    expect(checkAddress({ ...moroccan, city: "Atlantis" })).toEqual([{ field: "city", code: "unknown_city" }])
    expect(checkAddress({ ...moroccan, postal_code: "5445" })).toEqual([{ field: "postal_code", code: "invalid_postal_code" }])
  })

  it("asks for a postal code where the country uses one", () => {
    expect(checkAddress({ ...french, postal_code: "" })).toEqual([{ field: "postal_code", code: "required" }])
  })

  it("refuses a country the shop does not deliver to, and overlong values", () => {
    expect(checkAddress({ ...french, country_code: "br" })).toEqual([{ field: "country_code", code: "unsupported_country" }])
    expect(checkAddress({ ...moroccan, address_1: "x".repeat(121) })).toEqual([{ field: "address_1", code: "too_long" }])
  })

  it("covers the regions' countries", () => {
    expect(shippingCountries).toContain("ma")
    expect(shippingCountries).toContain("fr")
    expect(shippingCountries).toContain("us")
  })
})
