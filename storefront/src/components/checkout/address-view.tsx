import { findMoroccanCity } from "@tiwizi/address"
import type { Locale } from "@tiwizi/locale"

type Address = {
  first_name?: string | null
  last_name?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  postal_code?: string | null
  country_code?: string | null
  phone?: string | null
}

/** The country's name in the reader's language (`ma` → "Maroc", "المغرب", "Morocco"). */
export function countryName(code: string, locale: Locale): string {
  return new Intl.DisplayNames([locale], { type: "region" }).of(code.toUpperCase()) ?? code.toUpperCase()
}

/**
 * A delivery address as a postal block: name, lines, city (a Moroccan city by its name in the
 * reader's language), country, and the phone the courier calls, kept left to right.
 */
export function AddressView({ address, locale }: { address: Address; locale: Locale }) {
  const moroccan = address.country_code === "ma" ? findMoroccanCity(address.city ?? "") : undefined
  const city = moroccan ? (locale === "ar" ? moroccan.ar : moroccan.name) : address.city
  return (
    <address className="not-italic leading-relaxed">
      {[address.first_name, address.last_name].filter(Boolean).join(" ")}
      <br />
      {address.address_1}
      {address.address_2 && (
        <>
          <br />
          {address.address_2}
        </>
      )}
      <br />
      {[address.postal_code, city].filter(Boolean).join(" ")}
      {address.country_code && (
        <>
          <br />
          {countryName(address.country_code, locale)}
        </>
      )}
      {address.phone && (
        <>
          <br />
          <bdi dir="ltr" className="tabular-nums">
            {address.phone}
          </bdi>
        </>
      )}
    </address>
  )
}
