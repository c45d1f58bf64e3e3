import { z } from "@medusajs/framework/zod"

const metadata = z.record(z.string(), z.unknown()).nullish()

/**
 * An item added to a cart: Medusa's own fields, and nothing else. Medusa's schema drops
 * unknown fields silently, so a `unit_price` slipped into the body would look accepted; here it
 * is refused by name (the price always comes from the price list).
 */
export const StoreCartItemFields = z
  .object({ variant_id: z.string(), quantity: z.number().gt(0), metadata })
  .strict()

/** `POST /store/carts/:id/line-items/:line_id`: a new quantity (0 removes the item), nothing else. */
export const StoreCartItemUpdateFields = z.object({ quantity: z.number().gte(0), metadata }).strict()

/** `POST /store/carts`: its items follow the same rule (Medusa's own schema judges the rest). */
export const StoreCreateCartItems = z.object({ items: z.array(StoreCartItemFields).optional() }).strict()

/** An email address, judged like Medusa judges it, so both agree on what is valid. */
export const EmailAddress = z.string().email()
