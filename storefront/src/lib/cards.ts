import type { HttpTypes } from "@medusajs/types"
import { cheapestPrice, type Money } from "./pricing"

/**
 * What a product card shows, whichever backend route the product came from (a catalogue
 * listing or the search index).
 */
export type CardProduct = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  /** `varies`: the product's variants differ in price, so the card says "from". */
  price: (Money & { varies: boolean }) | null
}

/** A catalogue product as a card: its cheapest variant's price in the region asked for. */
export function productCard(product: HttpTypes.StoreProduct): CardProduct {
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    thumbnail: product.thumbnail ?? null,
    price: cheapestPrice(product.variants),
  }
}
