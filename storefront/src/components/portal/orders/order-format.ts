import { countryName, intlTagOf, type Locale } from "@tiwizi/locale"
import type { VendorOrderAddress } from "@/lib/data/vendor-orders"

// Cooperatives work on Moroccan time, whatever the server's clock says.
const timeZone = "Africa/Casablanca"

/**
 * A day as a member in Morocco reads it (`12 mai 2026`, Latin digits in Arabic too). Statements
 * pass `UTC`: the ledger cuts its months, and dates its CSV, in UTC.
 */
export function formatDay(date: string, locale: Locale, zone: "UTC" | typeof timeZone = timeZone): string {
  return new Intl.DateTimeFormat(intlTagOf(locale), { dateStyle: "long", timeZone: zone, numberingSystem: "latn" }).format(new Date(date))
}

/** A moment of an order's life: the day and the hour (`12 mai 2026, 14:05`). */
export function formatMoment(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlTagOf(locale), { dateStyle: "medium", timeStyle: "short", timeZone, numberingSystem: "latn" }).format(new Date(date))
}

/** The customer's name as the address gives it. */
export function customerName(address: VendorOrderAddress | null): string {
  return [address?.first_name, address?.last_name].filter(Boolean).join(" ").trim()
}

/**
 * The address's lines as they go on a parcel: street, complement, postcode and city, province,
 * country in the reader's language. Empty parts are left out.
 */
export function addressLines(address: VendorOrderAddress | null, locale: Locale): string[] {
  if (!address) return []
  const city = [address.postal_code, address.city].filter(Boolean).join(" ")
  const country = address.country_code ? countryName(address.country_code, locale) : ""
  return [address.address_1, address.address_2, city, address.province, country].map((line) => line?.trim() ?? "").filter(Boolean)
}

/** A `tel:` link of a phone as stored (`+212 6 61 23 45 67` → `tel:+212661234567`). */
export function telLink(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`
}
