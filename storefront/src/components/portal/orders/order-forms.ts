import { FetchError } from "@medusajs/js-sdk"
import { isUnreachable } from "@/lib/account-errors"
import { parseAmount } from "@/lib/listing-form"
import { latinDigits } from "@/lib/portal-forms"
import { carriers } from "./order-status"

/**
 * Everything an order form can tell a member, next to a field or above the form (messages
 * `PortalOrders.errors.<code>`). `status_changed` is a part another member moved meanwhile (on
 * another phone): the page shows it as it is now.
 */
export const orderErrorCodes = [
  "required",
  "too_long",
  "tracking_chars",
  "amount_invalid",
  "invalid",
  "status_changed",
  "item_cancelled",
  "not_found",
  "unreachable",
  "unknown",
] as const
export type OrderErrorCode = (typeof orderErrorCodes)[number]

export type OrderFieldErrors = Partial<Record<string, OrderErrorCode>>

/**
 * What an order form's server action answers when it does not move on: the values typed and the
 * errors by field (or for the whole form). Success redirects to the order's page instead.
 */
export type OrderFormState =
  | { status: "idle" }
  | { status: "error"; values: Record<string, string>; errors: OrderFieldErrors; formError?: OrderErrorCode }

type Parsed<T> = { ok: true; data: T } | { ok: false; state: OrderFormState }

/** Limits of the backend's validators (`/vendor/orders` routes). */
const MAX_CARRIER = 80
const MAX_TRACKING = 80
const MAX_REASON = 500
const MAX_CASH = 10_000_000
const trackingPattern = /^[\w\s./-]+$/

const text = (form: FormData, name: string) => {
  const value = form.get(name)
  return typeof value === "string" ? value.trim() : ""
}

function parsed<T>(values: Record<string, string>, errors: OrderFieldErrors, data: T): Parsed<T> {
  const found = Object.fromEntries(Object.entries(errors).filter(([, code]) => code))
  return Object.keys(found).length ? { ok: false, state: { status: "error", values, errors: found } } : { ok: true, data }
}

const lengthError = (value: string, max: number): OrderErrorCode | undefined => (!value ? "required" : value.length > max ? "too_long" : undefined)

/**
 * The "mark shipped" form: a carrier of the list, or `other` with its name typed, and the
 * tracking number (Arabic digits read as Latin ones, as the backend and carriers read them).
 */
export function parseShip(form: FormData): Parsed<{ carrier: string; tracking_number: string }> {
  const values = { carrier: text(form, "carrier"), carrier_other: text(form, "carrier_other"), tracking_number: latinDigits(text(form, "tracking_number")) }
  const other = values.carrier === "other"
  const known = (carriers as readonly string[]).includes(values.carrier)
  const tracking = values.tracking_number
  const errors: OrderFieldErrors = {
    carrier: known || other ? undefined : "required",
    carrier_other: other ? lengthError(values.carrier_other, MAX_CARRIER) : undefined,
    tracking_number: lengthError(tracking, MAX_TRACKING) ?? (trackingPattern.test(tracking) ? undefined : "tracking_chars"),
  }
  return parsed(values, errors, { carrier: other ? values.carrier_other : values.carrier, tracking_number: tracking })
}

/**
 * The "mark delivered" form. For cash on delivery, the cash the carrier collected, as typed
 * ("1 250,50", Arabic digits): a positive amount with at most two decimals. A card payment
 * records no cash: nothing to read.
 */
export function parseDeliver(form: FormData, cashOnDelivery: boolean): Parsed<{ cash_collected?: number }> {
  if (!cashOnDelivery) return { ok: true, data: {} }
  const typed = text(form, "cash_collected")
  const amount = parseAmount(typed)
  const cents = amount === null ? 0 : amount * 100
  const valid = amount !== null && Number.isFinite(amount) && amount <= MAX_CASH && Math.abs(cents - Math.round(cents)) < 1e-6
  const error: OrderErrorCode | undefined = amount === null ? "required" : valid ? undefined : "amount_invalid"
  return parsed({ cash_collected: typed }, { cash_collected: error }, { cash_collected: amount ?? 0 })
}

/** The "cancel an item" form: why the cooperative cannot supply it, told to the customer. */
export function parseCancel(form: FormData): Parsed<{ reason: string }> {
  const reason = text(form, "reason")
  return parsed({ reason }, { reason: lengthError(reason, MAX_REASON) }, { reason })
}

/** A failed `/vendor/orders` call: logged out, or what to show, for a field when the backend named one. */
export type OrderFailure = { unauthorized: true } | { unauthorized?: false; code: OrderErrorCode; field?: string }

// The backend's sentences: its validators start with the field ("tracking_number may hold…"),
// its workflows with `field:` ("cash_collected: say how much…", "status: an order that is…").
const fieldCodes: [RegExp, OrderErrorCode][] = [
  [/must not be empty|is required|required|say how much/i, "required"],
  [/may hold letters/i, "tracking_chars"],
  [/at most \d+ characters|too big|too long/i, "too_long"],
]

/**
 * Classifies a failed order call for the form that made it: a 400 naming one of `fields` goes
 * next to it; a status the part no longer has, or an item already cancelled, is told above the
 * form; a 404 is a part that is not (or no longer) the member's; anything else is `unknown`,
 * which leaks nothing.
 */
export function orderFailure(error: unknown, fields: readonly string[] = []): OrderFailure {
  if (!(error instanceof FetchError)) return { code: isUnreachable(error) ? "unreachable" : "unknown" }
  if (error.status === 401) return { unauthorized: true }
  if (error.status === 404) return { code: "not_found" }
  if (error.status !== 400) return { code: "unknown" }
  const message = error.message
  if (/already cancelled/i.test(message)) return { code: "item_cancelled" }
  if (/^status:|cannot be marked|can no longer/i.test(message)) return { code: "status_changed" }
  const field = fields.find((name) => new RegExp(`(?<![\\w])${name}(?![\\w])`).test(message))
  if (!field) return { code: "invalid" }
  if (field === "cash_collected") return { code: /say how much/i.test(message) ? "required" : "amount_invalid", field }
  return { code: fieldCodes.find(([pattern]) => pattern.test(message))?.[1] ?? "invalid", field }
}
