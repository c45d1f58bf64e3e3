import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { Locale } from "@tiwizi/locale"
import { emailLocale } from "./email-locale"

/** Where and in which language to write to a bidder. */
export type AuctionRecipient = { email: string; locale: Locale }

/**
 * A customer's email and language. Customers' emails are written in the language their cart
 * was filled in (order confirmations, parcels); a bid is not made from a cart, so this takes
 * the customer's most recently used cart, which the storefront keeps in the language they
 * browse in; then the language they registered in (`metadata.locale`); French otherwise.
 * `null` for an unknown customer.
 */
export async function auctionRecipient(container: MedusaContainer, customerId: string): Promise<AuctionRecipient | null> {
  const [[customer], [cart]] = await Promise.all([
    container.resolve(Modules.CUSTOMER).listCustomers({ id: customerId }, { select: ["id", "email", "metadata"], take: 1 }),
    container.resolve(Modules.CART).listCarts({ customer_id: customerId }, { select: ["id", "locale"], order: { updated_at: "DESC" }, take: 1 }),
  ])
  if (!customer?.email) return null
  return { email: customer.email, locale: emailLocale(cart?.locale ?? customer.metadata?.locale) }
}
