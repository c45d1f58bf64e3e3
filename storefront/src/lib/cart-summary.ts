import type { HttpTypes } from "@medusajs/types"

/** The number of pieces in a cart (quantities added up), for the header's cart link. */
export function cartItemCount(cart: Pick<HttpTypes.StoreCart, "items"> | null | undefined): number {
  return (cart?.items ?? []).reduce((sum, item) => sum + item.quantity, 0)
}

/** Most pieces of one variant a line takes when stock does not set a lower bound. */
export const maxLineQuantity = 20

export type CooperativeRef = { handle: string; name: string }

export type CartLineView = {
  id: string
  title: string
  variantTitle: string | null
  handle: string | null
  thumbnail: string | null
  quantity: number
  total: number
  cooperative: CooperativeRef | null
  /** The most this line can hold: the variant's available stock, or `maxLineQuantity`. */
  maxQuantity: number
}

// JSON gives ISO strings although the type says Date; both parse.
const addedAt = (item: HttpTypes.StoreCartLineItem) => (item.created_at ? new Date(item.created_at).getTime() : 0)

type VariantStock = { id: string; manage_inventory?: boolean | null; allow_backorder?: boolean | null; inventory_quantity?: number | null }

/** What the cart needs to know of a product, in the reader's language. */
export type CartProduct = {
  id: string
  handle?: string | null
  title?: string | null
  cooperative?: CooperativeRef | null
  variants?: readonly VariantStock[] | null
}

function maxQuantityOf(variant: VariantStock | undefined): number {
  if (!variant?.manage_inventory || variant.allow_backorder) return maxLineQuantity
  return Math.max(0, Math.min(maxLineQuantity, variant.inventory_quantity ?? 0))
}

/**
 * A cart's lines as the cart shows them, titles in the reader's language: the line stores its
 * product's title in the language of the moment it was added, so the translated product wins
 * when there is one. Each line knows its cooperative and how many pieces its stock allows.
 * Lines keep the order they were added in.
 */
export function cartLines(
  items: readonly HttpTypes.StoreCartLineItem[] | null | undefined,
  products: readonly CartProduct[],
): CartLineView[] {
  const byId = new Map(products.map((product) => [product.id, product]))
  return [...(items ?? [])]
    .sort((a, b) => addedAt(a) - addedAt(b))
    .map((item) => {
      const product = item.product_id ? byId.get(item.product_id) : undefined
      const variant = product?.variants?.find((v) => v.id === item.variant_id)
      return {
        id: item.id,
        title: product?.title || item.product_title || item.title,
        variantTitle: item.variant_title || null,
        handle: product?.handle ?? item.product_handle ?? null,
        thumbnail: item.thumbnail ?? null,
        quantity: item.quantity,
        total: Number(item.total ?? item.unit_price * item.quantity),
        cooperative: product?.cooperative?.handle ? product.cooperative : null,
        // Stock only bounds lines of products we could read; the backend has the last word anyway.
        maxQuantity: product ? Math.max(item.quantity, maxQuantityOf(variant)) : maxLineQuantity,
      }
    })
}

export type CooperativeGroup = { cooperative: CooperativeRef | null; lines: CartLineView[] }

/**
 * Lines grouped by the cooperative that makes them (each cooperative ships its own parcel), in
 * the order each cooperative first appears in the cart; lines of unknown origin come last.
 */
export function groupByCooperative(lines: readonly CartLineView[]): CooperativeGroup[] {
  const groups = new Map<string, CooperativeGroup>()
  for (const line of lines) {
    const key = line.cooperative?.handle ?? ""
    const group = groups.get(key) ?? { cooperative: line.cooperative, lines: [] }
    group.lines.push(line)
    groups.set(key, group)
  }
  return [...groups.values()].sort((a, b) => Number(!a.cooperative) - Number(!b.cooperative))
}
