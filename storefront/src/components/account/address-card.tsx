import type { AddressFields } from "@tiwizi/address"
import { countryName, type Locale } from "@tiwizi/locale"

/** An address as a courier's label reads it, in the customer's language for the country. */
export function AddressCard({ address, locale }: { address: AddressFields; locale: Locale }) {
  const name = [address.first_name, address.last_name].filter(Boolean).join(" ")
  const town = [address.postal_code, address.city].filter(Boolean).join(" ")
  const lines = [address.company, address.address_1, address.address_2, town, address.province]
  return (
    <address className="not-italic leading-relaxed">
      {name && <span className="block font-semibold">{name}</span>}
      {lines.filter(Boolean).map((line, index) => (
        <span key={index} className="block">
          {line}
        </span>
      ))}
      {address.country_code && <span className="block">{countryName(address.country_code, locale)}</span>}
      {address.phone && (
        <span className="block text-muted">
          <bdi dir="ltr">{address.phone}</bdi>
        </span>
      )}
    </address>
  )
}
