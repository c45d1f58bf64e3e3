"use server"

import { defaultLocale, isLocale, type Locale } from "@tiwizi/locale"
import { FetchError } from "@medusajs/js-sdk"
import { redirect } from "next/navigation"
import {
  addressIssuesFromBackend,
  checkAddressForm,
  readAddressForm,
  toCartAddress,
  type AddressFormIssues,
  type AddressFormValues,
} from "../checkout-address"
import { isUnauthorized } from "../account-errors"
import { cartAllowsCash, offeredPaymentProviders } from "../checkout-payment"
import type { CheckoutStep } from "../checkout-steps"
import { getAuthToken } from "../data/auth"
import { getCart, updateCart } from "../data/cart"
import { completeCart, listPaymentProviders, listRegionCountries, listShippingChoices, setShippingMethod, startPayment } from "../data/checkout"
import { getCartId, removeCartId, setCartId, takeCartAside } from "../data/cookies"
import { transferCart } from "../data/customer"
import { rememberPlacedOrder } from "../data/orders"
import { checkoutErrorCode, type CheckoutErrorCode } from "../errors"
import { localePath } from "../locale-path"
import { isStripeConfigured } from "../stripe"

const localeOf = (form: FormData): Locale => {
  const value = form.get("locale")
  return isLocale(value) ? value : defaultLocale
}

const stepPath = (locale: Locale, step: CheckoutStep, error?: CheckoutErrorCode) =>
  localePath(locale, `/checkout?step=${step}${error ? `&error=${error}` : ""}`)

/** Logs what the customer cannot act on; their mistakes are theirs to read on the page. */
function logUnexpected(what: string, code: CheckoutErrorCode, error: unknown) {
  if (code === "unknown" || code === "unreachable") console.error(`${what} failed:`, error)
}

export type AddressStepState = { values?: AddressFormValues; issues: AddressFormIssues; error?: CheckoutErrorCode }

/**
 * The address step: checks the contact e-mail and the delivery address with the shared address
 * rules, then saves them on the visitor's cart (as shipping and billing address; phone in E.164,
 * a Moroccan city by its postal name). Refusals come back field by field with what was typed;
 * the backend's own 400 issues are mapped the same way. Success goes on to the delivery step.
 */
export async function submitAddress(_previous: AddressStepState, form: FormData): Promise<AddressStepState> {
  const locale = localeOf(form)
  const values = readAddressForm(form)
  const cart = await getCart()
  if (!cart?.items?.length) redirect(localePath(locale, "/cart"))
  const issues = checkAddressForm(values, await listRegionCountries(cart.region_id ?? ""))
  if (Object.keys(issues).length > 0) return { values, issues }
  const address = toCartAddress(values)
  // A logged-in customer's order belongs in their account: the cart becomes theirs first (a
  // no-op when it already is). An expired login must not stop the purchase: it goes on as a
  // guest's.
  const token = await getAuthToken()
  if (token) {
    await transferCart(cart.id, token).catch((error) => {
      if (!isUnauthorized(error)) console.error("giving the cart to the customer failed:", error)
    })
  }
  try {
    await updateCart(cart.id, { email: values.email, shipping_address: address, billing_address: address })
  } catch (error) {
    if (error instanceof FetchError && error.status === 400) {
      const refused = addressIssuesFromBackend({ message: error.message })
      if (Object.keys(refused).length > 0) return { values, issues: refused }
    }
    const code = checkoutErrorCode(error)
    logUnexpected("saving the address", code, error)
    return { values, issues: {}, error: code }
  }
  redirect(stepPath(locale, "delivery"))
}

/** The delivery step: puts the chosen shipping option (one the backend offers this cart) on the cart. */
export async function submitDelivery(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const optionId = form.get("option_id")
  const cart = await getCart()
  if (!cart?.items?.length) redirect(localePath(locale, "/cart"))
  const offered = await listShippingChoices(cart.id, locale)
  if (!offered.some((option) => option.id === optionId && option.amount !== null)) redirect(stepPath(locale, "delivery", "invalid"))
  let failure: CheckoutErrorCode | undefined
  try {
    await setShippingMethod(cart.id, String(optionId))
  } catch (error) {
    failure = checkoutErrorCode(error)
    logUnexpected("choosing the delivery", failure, error)
  }
  redirect(failure ? stepPath(locale, "delivery", failure) : stepPath(locale, "payment"))
}

/**
 * The payment step: starts a payment session with the chosen provider, if the cart's region
 * offers it. Cash on delivery goes on to the review; a card stays on the payment step, where
 * the card form confirms the payment.
 */
export async function submitPayment(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const providerId = form.get("provider_id")
  const cart = await getCart()
  if (!cart?.items?.length) redirect(localePath(locale, "/cart"))
  const offered = offeredPaymentProviders(await listPaymentProviders(cart.region_id ?? ""), isStripeConfigured(), cartAllowsCash(cart))
  const provider = offered.find((id) => id === providerId)
  if (!provider) redirect(stepPath(locale, "payment", "invalid"))
  let failure: CheckoutErrorCode | undefined
  try {
    await startPayment(cart, provider)
  } catch (error) {
    failure = checkoutErrorCode(error)
    logUnexpected("starting the payment", failure, error)
  }
  if (failure) redirect(stepPath(locale, "payment", failure))
  redirect(stepPath(locale, provider === "pp_cod_cod" ? "review" : "payment"))
}

/**
 * Completes the visitor's cart. On success the cart cookie is dropped (or holds again the cart
 * set aside to pay an auction won), the order is remembered for the confirmation page (an
 * httpOnly cookie for an hour) and the customer lands on it;
 * otherwise the reason comes back. It uses the cookie's cart id, not the open cart: a second
 * submission arriving once the first one completed the cart must still land on that order,
 * which completing again returns (the backend is idempotent per cart).
 */
async function completeAndShow(locale: Locale): Promise<CheckoutErrorCode> {
  const cartId = await getCartId()
  if (!cartId) redirect(localePath(locale, "/cart"))
  let outcome: { orderId: string } | { error: CheckoutErrorCode }
  try {
    const result = await completeCart(cartId)
    outcome = result.type === "order" ? { orderId: result.orderId } : { error: "payment" }
  } catch (error) {
    outcome = { error: checkoutErrorCode(error) }
    logUnexpected("placing the order", outcome.error, error)
  }
  if ("error" in outcome) return outcome.error
  await rememberPlacedOrder(outcome.orderId)
  // The cart set aside to pay an auction won is the visitor's cart again.
  const aside = await takeCartAside()
  if (aside) await setCartId(aside)
  else await removeCartId()
  redirect(localePath(locale, `/order/confirmed/${outcome.orderId}`))
}

/**
 * The review step's button: places the order and shows its confirmation. A piece sold to
 * someone else in the meantime, or a refused payment, comes back to the review step with its
 * message, the cart kept.
 */
export async function placeOrder(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const error = await completeAndShow(locale)
  redirect(stepPath(locale, "review", error))
}

/**
 * The card form's last move, once the bank confirmed the payment: places the order and shows
 * its confirmation, or answers why not (the form says so next to itself).
 */
export async function placeCardOrder(locale: Locale): Promise<{ error: CheckoutErrorCode }> {
  return { error: await completeAndShow(isLocale(locale) ? locale : defaultLocale) }
}
