import { findMoroccanCity, type AddressFields } from "@tiwizi/address"
import { countryName, type Locale } from "@tiwizi/locale"

/**
 * A delivery address as a postal block: name, lines, city (a Moroccan city by its name in the
 * reader's language), country, and the phone the courier calls, kept left to right.
 */
export function AddressView({ address, locale }: { address: AddressFields; locale: Locale }) {
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
