import { describe, expect, it } from "vitest"
import { addressIssuesFromBackend, checkAddressForm, readAddressForm, toCartAddress, type AddressFormValues } from "./checkout-address"

const moroccan: AddressFormValues = {
  email: "amina@example.ma",
  first_name: "Amina",
  last_name: "Ouali",
  address_1: "12 rue Zitoune, Hay Riad",
  address_2: "",
  city: "Khénifra",
  postal_code: "",
  country_code: "ma",
  phone: "06 61 23 45 67",
}

const form = (values: Record<string, string>) => {
  const data = new FormData()
  for (const [key, value] of Object.entries(values)) data.set(key, value)
  return data
}

describe("readAddressForm", () => {
  it("trims what was typed and reads a missing field as empty", () => {
    const values = readAddressForm(form({ email: "  amina@example.ma ", city: "Fès" }))
    expect(values.email).toBe("amina@example.ma")
    expect(values.city).toBe("Fès")
    expect(values.phone).toBe("")
  })
})

describe("checkAddressForm", () => {
  it("accepts a Moroccan address with a city from the list and a mobile number", () => {
    expect(checkAddressForm(moroccan, ["ma"])).toEqual({})
  })

  it("names each refused field with one reason", () => {
    const issues = checkAddressForm({ ...moroccan, email: "amina@", address_1: "", phone: "12345", city: "Atlantis" }, ["ma"])
    expect(issues).toEqual({ email: "invalid_email", address_1: "required", phone: "invalid_phone", city: "unknown_city" })
  })

  it("asks for an e-mail and refuses a country the region does not deliver to", () => {
    expect(checkAddressForm({ ...moroccan, email: "" }, ["ma"]).email).toBe("required")
    const french = { ...moroccan, country_code: "fr", city: "Lyon", postal_code: "69001", phone: "+33 6 12 34 56 78" }
    expect(checkAddressForm(french, ["fr", "be"])).toEqual({})
    expect(checkAddressForm(french, ["ma"]).country_code).toBe("unsupported_country")
  })

  it("asks for a postal code abroad", () => {
    const french = { ...moroccan, country_code: "fr", city: "Lyon", phone: "+33 6 12 34 56 78" }
    expect(checkAddressForm(french, ["fr"]).postal_code).toBe("required")
  })
})

describe("toCartAddress", () => {
  it("stores the phone in E.164 and a Moroccan city by its postal name with its province", () => {
    const address = toCartAddress({ ...moroccan, city: "خنيفرة" })
    expect(address).toMatchObject({ phone: "+212661234567", city: "Khénifra", province: "Khénifra", country_code: "ma" })
    expect(address.address_2).toBeUndefined()
    expect(address.postal_code).toBeUndefined()
  })
})

describe("addressIssuesFromBackend", () => {
  it("reads a structured issue list", () => {
    const issues = addressIssuesFromBackend({
      issues: [
        { field: "shipping_address.phone", code: "invalid_phone" },
        { field: "billing_address.phone", code: "invalid_phone" },
        { field: "shipping_address.city", code: "unknown_city" },
        { field: "shipping_address.secret", code: "required" },
      ],
    })
    expect(issues).toEqual({ phone: "invalid_phone", city: "unknown_city" })
  })

  it("reads the fields and codes the message names", () => {
    const issues = addressIssuesFromBackend({
      message: "Invalid shipping_address.phone (invalid_phone), shipping_address.address_1 (required), email (invalid_email)",
    })
    expect(issues).toEqual({ phone: "invalid_phone", address_1: "required", email: "invalid_email" })
  })

  it("finds nothing in a message about something else", () => {
    expect(addressIssuesFromBackend({ message: "Cart is already completed" })).toEqual({})
  })
})
