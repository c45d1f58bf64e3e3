import { normalizePhone } from "@tiwizi/address"
import type { PortalErrorCode, PortalFailure } from "./portal-errors"

/** What a form showed: the values typed (never a password; a ticked box is `"on"`) and the errors, by field. */
export type FormValues = Record<string, string>
export type FieldErrors = Partial<Record<string, PortalErrorCode>>

/**
 * The state a portal form's server action hands back to the page: nothing yet, the errors to
 * show next to the fields (and above the form), or done, with what the page shows next (an
 * invitation's link).
 */
export type PortalFormState =
  | { status: "idle" }
  | { status: "error"; values: FormValues; errors: FieldErrors; formError?: PortalErrorCode }
  | { status: "done"; values?: FormValues; result?: Record<string, string> }

export type Parsed<T> = { ok: true; data: T } | { ok: false; state: PortalFormState }

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const minPasswordLength = 8
const maxPasswordLength = 128
const maxNameLength = 100

/** A trimmed text field; `""` when absent. */
export function text(form: FormData, name: string): string {
  const value = form.get(name)
  return typeof value === "string" ? value.trim() : ""
}

/** A checkbox: present (whatever its value) when ticked. */
export function ticked(form: FormData, name: string): boolean {
  return form.get(name) !== null
}

/**
 * The text with every Arabic-Indic digit written as a Latin one, as the backend reads numbers:
 * phones set to Arabic type ٠١٢… (U+0660…), some keyboards the Persian ۰۱۲… (U+06F0…).
 */
export function latinDigits(value: string): string {
  return value.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => {
    const code = digit.charCodeAt(0)
    return String(code - (code >= 0x6f0 ? 0x6f0 : 0x660))
  })
}

/** A whole number typed in a field, or `null` when it is not one. */
export function wholeNumber(value: string): number | null {
  const digits = latinDigits(value).replace(/\s/g, "")
  return /^\d{1,9}$/.test(digits) ? Number(digits) : null
}

/** A form's error state, keeping what was typed (passwords are never in `values`). */
export function formError(values: FormValues, errors: FieldErrors, code?: PortalErrorCode): PortalFormState {
  return { status: "error", values, errors, ...(code ? { formError: code } : {}) }
}

/** The error state for a failed backend call: next to the field it names, else above the form. */
export function failureState(values: FormValues, failure: PortalFailure): PortalFormState {
  return failure.field && failure.field in values ? formError(values, { [failure.field]: failure.code }) : formError(values, {}, failure.code)
}

/** The parse result: the data, or the state naming every field in error. */
export function result<T>(values: FormValues, errors: FieldErrors, data: T): Parsed<T> {
  const found = Object.fromEntries(Object.entries(errors).filter(([, code]) => code))
  return Object.keys(found).length ? { ok: false, state: formError(values, found) } : { ok: true, data }
}

export function emailError(email: string): PortalErrorCode | undefined {
  if (!email) return "required"
  if (email.length > 254) return "too_long"
  return emailPattern.test(email) ? undefined : "invalid_email"
}

export function textError(value: string, max: number, min = 1): PortalErrorCode | undefined {
  if (!value) return "required"
  if (value.length < min) return "too_short"
  return value.length > max ? "too_long" : undefined
}

function newPasswordError(value: string): PortalErrorCode | undefined {
  if (!value) return "required"
  if (value.length < minPasswordLength) return "password_too_short"
  return value.length > maxPasswordLength ? "too_long" : undefined
}

/**
 * A phone number as the backend stores it: a Moroccan number in international form
 * (`06 12 34 56 78` → `+212612345678`), a number with its own `+` prefix as such; `null` when it
 * is not a phone number.
 */
export function parsePhone(value: string): string | null {
  return normalizePhone(latinDigits(value), "ma")
}

// Passwords are taken as typed: a space the member chose is part of it.
const secret = (form: FormData, name = "password") => {
  const value = form.get(name)
  return typeof value === "string" ? value : ""
}

const lowerEmail = (form: FormData) => text(form, "email").toLowerCase()
const remember = (form: FormData) => ({ remember: ticked(form, "remember") })

/**
 * The login form: email, password, and whether to stay logged in on this phone. Emails are
 * lower-cased: phones capitalise the first letter, and "Amina@…" and "amina@…" are one login.
 */
export function parseLogin(form: FormData): Parsed<{ email: string; password: string; remember: boolean }> {
  const email = lowerEmail(form)
  const password = secret(form)
  const values = { email, remember: ticked(form, "remember") ? "on" : "" }
  return result(values, { email: emailError(email), password: password ? undefined : "required" }, { email, password, ...remember(form) })
}

export type Registration = { first_name: string; last_name: string; email: string; phone: string | null; password: string; remember: boolean }

/** The registration form: names, email, an optional phone, a password of 8 characters or more. */
export function parseRegister(form: FormData): Parsed<Registration> {
  const values = {
    first_name: text(form, "first_name"),
    last_name: text(form, "last_name"),
    email: lowerEmail(form),
    phone: text(form, "phone"),
    remember: ticked(form, "remember") ? "on" : "",
  }
  const phone = values.phone ? parsePhone(values.phone) : null
  const password = secret(form)
  const errors = {
    first_name: textError(values.first_name, maxNameLength),
    last_name: textError(values.last_name, maxNameLength),
    email: emailError(values.email),
    phone: values.phone && !phone ? ("invalid_phone" as const) : undefined,
    password: newPasswordError(password),
  }
  const { first_name, last_name, email } = values
  return result(values, errors, { first_name, last_name, email, phone, password, ...remember(form) })
}

/** The forgotten-password form: an email. */
export function parseEmail(form: FormData): Parsed<{ email: string }> {
  const email = lowerEmail(form)
  return result({ email }, { email: emailError(email) }, { email })
}

/** The new-password form: the link's token and email (hidden fields) and the new password. */
export function parseNewPassword(form: FormData): Parsed<{ token: string; password: string }> {
  const token = text(form, "token")
  const password = secret(form)
  if (!token || emailError(lowerEmail(form))) return { ok: false, state: formError({}, {}, "invalid_link") }
  return result({}, { password: newPasswordError(password) }, { token, password })
}
