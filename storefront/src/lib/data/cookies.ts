import "server-only"
import { isCurrency, type CurrencyCode } from "@tiwizi/locale"
import { cookies } from "next/headers"

const cartCookie = "tiwizi_cart"
const asideCookie = "tiwizi_cart_aside"
const currencyCookie = "tiwizi_currency"

const longLived = {
  httpOnly: true,
  sameSite: "lax",
  // Browsers accept Secure cookies on http://localhost, so the e2e stack works with it too.
  secure: process.env.NODE_ENV === "production",
  path: "/",
  maxAge: 60 * 60 * 24 * 30,
} as const

/** The visitor's cart id, kept in an httpOnly cookie (never in a URL). */
export async function getCartId(): Promise<string | undefined> {
  return (await cookies()).get(cartCookie)?.value
}

/** Remembers the visitor's cart for 30 days. Only callable from a server action. */
export async function setCartId(id: string): Promise<void> {
  ;(await cookies()).set(cartCookie, id, longLived)
}

/** Forgets a cart that the backend no longer knows. Only callable from a server action. */
export async function removeCartId(): Promise<void> {
  ;(await cookies()).delete(cartCookie)
}

/**
 * Sets the visitor's cart aside while they pay an auction they won through the offer's own
 * cart, to give it back once that order is placed. A cart already set aside is kept. Only
 * callable from a server action.
 */
export async function setCartAside(id: string): Promise<void> {
  const jar = await cookies()
  if (!jar.get(asideCookie)) jar.set(asideCookie, id, longLived)
}

/** Takes back (and forgets) the cart set aside, if any. Only callable from a server action. */
export async function takeCartAside(): Promise<string | undefined> {
  const jar = await cookies()
  const id = jar.get(asideCookie)?.value
  if (id) jar.delete(asideCookie)
  return id
}

/** The currency the visitor chose in the header, if any and if valid. */
export async function getChosenCurrency(): Promise<CurrencyCode | undefined> {
  const value = (await cookies()).get(currencyCookie)?.value?.toLowerCase()
  return isCurrency(value) ? value : undefined
}

/** Remembers the visitor's currency (and so region) for 30 days. Only from a server action. */
export async function setChosenCurrency(currency: CurrencyCode): Promise<void> {
  ;(await cookies()).set(currencyCookie, currency, longLived)
}
