"use server"

import { defaultLocale, isLocale, type Locale } from "@tiwizi/locale"
import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { isResourceId } from "../account-ids"
import { accountErrorCode, isEmailTaken, isUnauthorized } from "../account-errors"
import {
  formError,
  parseAddress,
  parseEmail,
  parseLogin,
  parseNewPassword,
  parseProfile,
  parseRegister,
  type AccountFormState,
  type FormValues,
} from "../account-forms"
import { loginPath, safeNextPath } from "../account-next"
import { readTokenClaims } from "../account-token"
import { loginCustomer, refreshToken, registerIdentity, removeAuthToken, requestPasswordReset, setAuthToken, updatePassword } from "../data/auth"
import { getCartId, removeCartId, takeCartAside } from "../data/cookies"
import { createAddress, createCustomer, deleteAddress, transferCart, updateAddress, updateCustomer } from "../data/customer"
import { isNotFound } from "../data/sdk"
import { localePath } from "../locale-path"

function readLocale(form: FormData): Locale {
  const value = form.get("locale")
  return isLocale(value) ? value : defaultLocale
}

/** The form's error state for a failed backend call; unexpected failures are logged with their cause. */
function failure(action: string, error: unknown, values: FormValues): AccountFormState {
  const code = accountErrorCode(error)
  if (code === "unknown" || code === "unreachable") console.error(`${action} failed:`, error)
  return formError(values, {}, code)
}

/**
 * Gives the visitor's cart, if they have one, to the customer who just logged in, so that what
 * they chose as a guest follows them. A cart that cannot be moved (gone, already ordered) does
 * not stop the login.
 */
async function adoptCart(token: string): Promise<void> {
  const cartId = await getCartId()
  if (!cartId) return
  try {
    await transferCart(cartId, token)
  } catch (error) {
    if (!isNotFound(error)) console.error("cart transfer after login failed:", error)
  }
}

async function startSession(token: string, form: FormData, locale: Locale): Promise<never> {
  await setAuthToken(token)
  await adoptCart(token)
  redirect(safeNextPath(form.get("next"), locale))
}

/**
 * Logs a customer in and sends them on to `next` (a path of this shop) or their account. Any
 * wrong email or password gets the same answer, so the form never tells whether an email has an
 * account.
 */
export async function login(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const locale = readLocale(form)
  const parsed = parseLogin(form)
  if (!parsed.ok) return parsed.state
  const values = { email: parsed.data.email }
  let token: string
  try {
    token = await loginCustomer(parsed.data.email, parsed.data.password)
  } catch (error) {
    return failure("customer login", error, values)
  }
  // An identity without a customer (a cooperative member's login) is not a shop account.
  if (!readTokenClaims(token)?.actorId) return formError(values, {}, "invalid_credentials")
  return startSession(token, form, locale)
}

/**
 * Opens a customer account and logs the customer in. An email that already has a login (a
 * cooperative member's, or a registration that stopped half-way) becomes a shop account too when
 * the password matches it; otherwise the email is taken.
 */
export async function register(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const locale = readLocale(form)
  const parsed = parseRegister(form)
  if (!parsed.ok) return parsed.state
  const { password, ...profile } = parsed.data
  let token: string
  try {
    token = await registerIdentity(profile.email, password)
  } catch (error) {
    if (!isEmailTaken(error)) return failure("customer registration", error, profile)
    try {
      token = await loginCustomer(profile.email, password)
    } catch (loginError) {
      if (isUnauthorized(loginError)) return formError(profile, { email: "email_taken" })
      return failure("customer registration", loginError, profile)
    }
  }
  if (!readTokenClaims(token)?.actorId) {
    try {
      await createCustomer(token, { ...profile, locale })
      token = await refreshToken(token)
    } catch (error) {
      return failure("customer creation", error, profile)
    }
  }
  return startSession(token, form, locale)
}

/**
 * Asks for a password-reset email in the page's language. The answer is the same whether or not
 * the email has an account ("if an account exists, we sent a link").
 */
export async function forgotPassword(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const parsed = parseEmail(form)
  if (!parsed.ok) return parsed.state
  try {
    await requestPasswordReset(parsed.data.email, readLocale(form))
  } catch (error) {
    return failure("password reset request", error, parsed.data)
  }
  return { status: "done", values: parsed.data }
}

/** Sets the new password of a reset link, then sends the customer to log in with it. */
export async function resetPassword(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const locale = readLocale(form)
  const parsed = parseNewPassword(form)
  if (!parsed.ok) return parsed.state
  try {
    await updatePassword(parsed.data.token, parsed.data.password)
  } catch (error) {
    // Expired, already used or forged: the backend does not say which, and neither do we.
    if (isUnauthorized(error)) return formError({}, {}, "invalid_link")
    return failure("password update", error, {})
  }
  redirect(`${localePath(locale, "/account/login")}?reset=done`)
}

/**
 * Logs the customer out. Their cart (and one set aside) is forgotten too: it is theirs now, with
 * their email and address on it, and the next person on this browser must not see it.
 */
export async function logout(form: FormData): Promise<void> {
  await removeAuthToken()
  await removeCartId()
  await takeCartAside()
  redirect(localePath(readLocale(form)))
}

/** Renames the customer; the page (and the header's first name) show the new name at once. */
export async function saveProfile(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const locale = readLocale(form)
  const parsed = parseProfile(form)
  if (!parsed.ok) return parsed.state
  try {
    await updateCustomer(parsed.data)
  } catch (error) {
    if (isUnauthorized(error)) redirect(loginPath(locale, localePath(locale, "/account/profile")))
    return failure("profile update", error, parsed.data)
  }
  refresh()
  return { status: "done", values: parsed.data }
}

/**
 * Adds an address to the customer's address book, or rewrites one (`id`), after checking it with
 * the checkout's rules; back to the address book when saved.
 */
export async function saveAddress(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const locale = readLocale(form)
  const id = form.get("id")
  const parsed = parseAddress(form)
  if (!parsed.ok) return parsed.state
  if (id !== null && !isResourceId(id, "cuaddr")) return formError(parsed.data, {}, "invalid")
  const addressesPath = localePath(locale, "/account/addresses")
  try {
    if (id !== null) await updateAddress(id, parsed.data)
    else await createAddress(parsed.data)
  } catch (error) {
    if (isUnauthorized(error)) redirect(loginPath(locale, addressesPath))
    return failure("address save", error, parsed.data)
  }
  redirect(addressesPath)
}

/** Deletes one of the customer's addresses (another customer's id changes nothing: 404). */
export async function removeAddress(form: FormData): Promise<void> {
  const locale = readLocale(form)
  const id = form.get("id")
  const addressesPath = localePath(locale, "/account/addresses")
  if (isResourceId(id, "cuaddr")) {
    try {
      await deleteAddress(id)
    } catch (error) {
      if (isUnauthorized(error)) redirect(loginPath(locale, addressesPath))
      if (!isNotFound(error)) throw error
    }
  }
  redirect(addressesPath)
}
