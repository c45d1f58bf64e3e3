import { checkAddress, findMoroccanCity, normalizePhone, type AddressFields } from "@tiwizi/address"
import type { AccountErrorCode } from "./account-errors"

/** What a form showed: the values typed (never a password) and the errors, by field. */
export type FormValues = Record<string, string>
export type FieldErrors = Partial<Record<string, AccountErrorCode>>

/**
 * The state an account form's server action hands back to the page: nothing yet, the errors to
 * show next to the fields (and above the form), or done (for the forms that stay on the page).
 */
export type AccountFormState =
  | { status: "idle" }
  | { status: "error"; values: FormValues; errors: FieldErrors; formError?: AccountErrorCode }
  | { status: "done"; values?: FormValues }

export type Parsed<T> = { ok: true; data: T } | { ok: false; state: AccountFormState }

const minPasswordLength = 8
const maxPasswordLength = 128
const maxNameLength = 60
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

const text = (form: FormData, name: string) => {
  const value = form.get(name)
  return typeof value === "string" ? value.trim() : ""
}

// Passwords are taken as typed: a space a customer chose is part of it.
const password = (form: FormData, name = "password") => {
  const value = form.get(name)
  return typeof value === "string" ? value : ""
}

/** An error state that keeps what was typed, except passwords. */
export function formError(values: FormValues, errors: FieldErrors, code?: AccountErrorCode): AccountFormState {
  return { status: "error", values, errors, ...(code ? { formError: code } : {}) }
}

function emailError(email: string): AccountErrorCode | undefined {
  if (!email) return "required"
  if (email.length > 254) return "too_long"
  return emailPattern.test(email) ? undefined : "invalid_email"
}

function newPasswordError(value: string): AccountErrorCode | undefined {
  if (!value) return "required"
  if (value.length < minPasswordLength) return "password_too_short"
  return value.length > maxPasswordLength ? "too_long" : undefined
}

function nameError(value: string): AccountErrorCode | undefined {
  if (!value) return "required"
  return value.length > maxNameLength ? "too_long" : undefined
}

function result<T>(values: FormValues, errors: FieldErrors, data: T): Parsed<T> {
  const found = Object.fromEntries(Object.entries(errors).filter(([, code]) => code))
  return Object.keys(found).length ? { ok: false, state: formError(values, found) } : { ok: true, data }
}

/**
 * The login form: an email and a password, both required. Emails are lower-cased in every form:
 * phones capitalise the first letter, and "Amina@…" and "amina@…" must be one account.
 */
export function parseLogin(form: FormData): Parsed<{ email: string; password: string }> {
  const email = text(form, "email").toLowerCase()
  const secret = password(form)
  return result({ email }, { email: emailError(email), password: secret ? undefined : "required" }, { email, password: secret })
}

/** The registration form: first and last name, email, a password of at least 8 characters. */
export function parseRegister(form: FormData): Parsed<{ first_name: string; last_name: string; email: string; password: string }> {
  const values = { first_name: text(form, "first_name"), last_name: text(form, "last_name"), email: text(form, "email").toLowerCase() }
  const secret = password(form)
  const errors = {
    first_name: nameError(values.first_name),
    last_name: nameError(values.last_name),
    email: emailError(values.email),
    password: newPasswordError(secret),
  }
  return result(values, errors, { ...values, password: secret })
}

/** The profile form: first and last name. */
export function parseProfile(form: FormData): Parsed<{ first_name: string; last_name: string }> {
  const values = { first_name: text(form, "first_name"), last_name: text(form, "last_name") }
  return result(values, { first_name: nameError(values.first_name), last_name: nameError(values.last_name) }, values)
}

/** The forgotten-password form: an email. */
export function parseEmail(form: FormData): Parsed<{ email: string }> {
  const email = text(form, "email").toLowerCase()
  return result({ email }, { email: emailError(email) }, { email })
}

/** The new-password form: the link's token and email (hidden fields) and the new password. */
export function parseNewPassword(form: FormData): Parsed<{ token: string; email: string; password: string }> {
  const values = { token: text(form, "token"), email: text(form, "email").toLowerCase() }
  const secret = password(form)
  if (!values.token || emailError(values.email)) return { ok: false, state: formError(values, {}, "invalid_link") }
  return result(values, { password: newPasswordError(secret) }, { ...values, password: secret })
}

const addressFieldNames = ["first_name", "last_name", "company", "address_1", "address_2", "postal_code", "city", "province", "country_code", "phone"] as const

/** An address ready for Medusa: every field present, empty optional ones as `""`. */
export type AddressInput = Required<{ [K in (typeof addressFieldNames)[number]]: string }>

/**
 * The address form, checked with the checkout's own rules (`@tiwizi/address`). What is stored is
 * normalised: the phone in international form, a Moroccan city under the couriers' spelling
 * with its province, so that orders and labels read the same whatever was typed.
 */
export function parseAddress(form: FormData): Parsed<AddressInput> {
  const values = Object.fromEntries(addressFieldNames.map((name) => [name, text(form, name)])) as AddressInput
  values.country_code = values.country_code.toLowerCase()
  const issues = checkAddress(values satisfies AddressFields)
  const errors: FieldErrors = {}
  for (const issue of issues) errors[issue.field] ??= issue.code
  if (issues.length) return { ok: false, state: formError(values, errors) }
  const city = values.country_code === "ma" ? findMoroccanCity(values.city) : undefined
  return {
    ok: true,
    data: {
      ...values,
      phone: normalizePhone(values.phone, values.country_code) ?? values.phone,
      city: city?.name ?? values.city,
      province: city ? city.province : values.province,
    },
  }
}
