import type { Locale } from "@tiwizi/locale"
import { countryName } from "@/lib/account-orders"

/** The parts of an address a card shows; any Medusa address (customer's or order's) has them. */
export type AddressLines = {
  first_name?: string | null
  last_name?: string | null
  company?: string | null
  address_1?: string | null
  address_2?: string | null
  postal_code?: string | null
  city?: string | null
  province?: string | null
  country_code?: string | null
  phone?: string | null
}

/** An address as a courier's label reads it, in the customer's language for the country. */
export function AddressCard({ address, locale }: { address: AddressLines; locale: Locale }) {
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
