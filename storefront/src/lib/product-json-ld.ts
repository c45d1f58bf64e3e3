import type { Money } from "./pricing"
import type { StockState } from "./stock"

/** What a product page knows that search engines read as a schema.org Product. */
export type ProductJsonLdInput = {
  name: string
  description: string | null
  /** The page's absolute URL. */
  url: string
  /** Absolute image URLs, the main one first. */
  images: string[]
  sku?: string
  /** The cooperative that makes and sells it, with its page's absolute URL. */
  cooperative: { name: string; url: string } | null
  /** One offer per variant that has a price in the visitor's currency. */
  offers: { price: Money; stock: StockState }[]
}

const availabilityOf: Record<StockState["kind"], string> = {
  in_stock: "https://schema.org/InStock",
  low: "https://schema.org/LimitedAvailability",
  unique: "https://schema.org/LimitedAvailability",
  backorder: "https://schema.org/BackOrder",
  out_of_stock: "https://schema.org/OutOfStock",
}

/**
 * The schema.org `Product` of a product page, with an `Offer` per priced variant (price,
 * currency, availability, URL, seller) and the cooperative as brand and manufacturer.
 */
export function productJsonLd(input: ProductJsonLdInput): Record<string, unknown> {
  const cooperative = input.cooperative && { "@type": "Organization", name: input.cooperative.name, url: input.cooperative.url }
  const offers = input.offers.map(({ price, stock }) => ({
    "@type": "Offer",
    price: price.amount.toFixed(2),
    priceCurrency: price.currency.toUpperCase(),
    availability: availabilityOf[stock.kind],
    url: input.url,
    itemCondition: "https://schema.org/NewCondition",
    ...(cooperative && { seller: cooperative }),
  }))
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: input.name,
    ...(input.description && { description: input.description }),
    url: input.url,
    ...(input.images.length > 0 && { image: input.images }),
    ...(input.sku && { sku: input.sku }),
    ...(input.cooperative && { brand: { "@type": "Brand", name: input.cooperative.name } }),
    ...(cooperative && { manufacturer: cooperative }),
    ...(offers.length > 0 && { offers: offers.length === 1 ? offers[0] : offers }),
  }
}

/**
 * JSON for an inline `<script type="application/ld+json">`: `<` is escaped so that no text of
 * the catalogue (a description holding `</script>`) can close the script early.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c")
}
