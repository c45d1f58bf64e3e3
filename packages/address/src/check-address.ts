import { shopRegions } from "@tiwizi/locale"
// The full metadata (not the default "min") tells a Moroccan mobile from a made-up number of the
// right length; it is ~150 KB, so this module belongs on servers and in server actions.
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"
import { findMoroccanCity } from "./moroccan-cities"

/** A postal address with Medusa's field names; `country_code` is lower-case ISO 3166-1 alpha-2. */
export type AddressFields = {
  first_name?: string | null
  last_name?: string | null
  company?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  postal_code?: string | null
  province?: string | null
  country_code?: string | null
  phone?: string | null
}

export type AddressField = keyof AddressFields

export type AddressIssueCode = "required" | "too_long" | "invalid_phone" | "unknown_city" | "invalid_postal_code" | "unsupported_country"

/** One thing wrong with one field, for a message next to that field. */
export type AddressIssue = { field: AddressField; code: AddressIssueCode }

/** Every country the shop delivers to: the countries of its regions. */
export const shippingCountries: readonly string[] = shopRegions.flatMap((region) => [...region.countries])

/** Countries where addresses have no postal code, or where it is optional for couriers. */
const noPostalCode = new Set(["ma", "ae", "qa", "ie", "sa"])

const required: AddressField[] = ["first_name", "last_name", "address_1", "city", "country_code", "phone"]

/** Longest accepted value per field: couriers' labels have room for no more. */
const maxLength: Record<AddressField, number> = {
  first_name: 60,
  last_name: 60,
  company: 100,
  address_1: 120,
  address_2: 120,
  city: 60,
  postal_code: 12,
  province: 60,
  country_code: 2,
  phone: 30,
}

const postalCodePattern: Record<string, RegExp> = { ma: /^\d{5}$/ }
const anyPostalCode = /^[A-Za-z0-9][A-Za-z0-9 -]{1,10}$/

/**
 * The phone number in international form (`+212612345678`), or `null` when it is not a valid
 * number for the country (a number written with its own `+` prefix is read as such).
 */
export function normalizePhone(phone: string, countryCode: string): string | null {
  const parsed = parsePhoneNumberFromString(phone.trim(), countryCode.toUpperCase() as CountryCode)
  return parsed?.isValid() ? parsed.number : null
}

/**
 * What is wrong with a delivery address, field by field; `[]` when it can be shipped to.
 * Morocco: a city from the couriers' list, a Moroccan phone (mobile or landline), a five-digit
 * postal code if one is given. Elsewhere: a postal code where the country uses one, and a phone
 * valid for that country, so the courier can call.
 */
export function checkAddress(address: AddressFields): AddressIssue[] {
  const issues: AddressIssue[] = []
  const value = (field: AddressField) => (address[field] ?? "").trim()
  for (const field of Object.keys(maxLength) as AddressField[]) {
    if (required.includes(field) && !value(field)) issues.push({ field, code: "required" })
    else if (value(field).length > maxLength[field]) issues.push({ field, code: "too_long" })
  }
  const flagged = new Set(issues.map((issue) => issue.field))
  const country = value("country_code").toLowerCase()
  if (!flagged.has("country_code") && !shippingCountries.includes(country)) {
    return [...issues, { field: "country_code", code: "unsupported_country" }]
  }
  if (!country) return issues

  if (!flagged.has("phone") && !normalizePhone(value("phone"), country)) issues.push({ field: "phone", code: "invalid_phone" })
  if (country === "ma" && !flagged.has("city") && !findMoroccanCity(value("city"))) issues.push({ field: "city", code: "unknown_city" })
  const postalCode = value("postal_code")
  if (!flagged.has("postal_code")) {
    if (!postalCode && !noPostalCode.has(country)) issues.push({ field: "postal_code", code: "required" })
    else if (postalCode && !(postalCodePattern[country] ?? anyPostalCode).test(postalCode)) {
      issues.push({ field: "postal_code", code: "invalid_postal_code" })
    }
  }
  return issues
}
