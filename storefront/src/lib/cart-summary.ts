import type { HttpTypes } from "@medusajs/types"

/** The number of pieces in a cart (quantities added up), for the header's cart link. */
export function cartItemCount(cart: Pick<HttpTypes.StoreCart, "items"> | null | undefined): number {
  return (cart?.items ?? []).reduce((sum, item) => sum + item.quantity, 0)
}

export type CartLineView = {
  id: string
  title: string
  variantTitle: string | null
  handle: string | null
  thumbnail: string | null
  quantity: number
  total: number
}

// JSON gives ISO strings although the type says Date; both parse.
const addedAt = (item: HttpTypes.StoreCartLineItem) => (item.created_at ? new Date(item.created_at).getTime() : 0)

type Label = { id: string; handle?: string | null; title?: string | null }

/**
 * A cart's lines as the cart page shows them, titles in the reader's language: the line
 * stores its product's title in the language of the moment it was added, so the translated
 * product label wins when there is one. Lines keep the order they were added in.
 */
export function cartLines(
  items: readonly HttpTypes.StoreCartLineItem[] | null | undefined,
  labels: readonly Label[],
): CartLineView[] {
  const byId = new Map(labels.map((label) => [label.id, label]))
  return [...(items ?? [])]
    .sort((a, b) => addedAt(a) - addedAt(b))
    .map((item) => {
      const label = item.product_id ? byId.get(item.product_id) : undefined
      return {
        id: item.id,
        title: label?.title || item.product_title || item.title,
        variantTitle: item.variant_title || null,
        handle: label?.handle ?? item.product_handle ?? null,
        thumbnail: item.thumbnail ?? null,
        quantity: item.quantity,
        total: Number(item.total ?? item.unit_price * item.quantity),
      }
    })
}
