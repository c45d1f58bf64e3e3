import { FetchError } from "@medusajs/js-sdk"
import { isUnreachable } from "./account-errors"

/**
 * Everything the portal can tell a member about a form, next to a field or above the form
 * (messages `Portal.errors.<code>`): each says what to do, in plain words.
 */
export const portalErrorCodes = [
  "required",
  "too_short",
  "too_long",
  "invalid_email",
  "invalid_phone",
  "invalid_number",
  "invalid_year",
  "invalid_region",
  "women_exceed_members",
  "women_led_needs_women",
  "invalid_rib",
  "contact_required",
  "password_too_short",
  "invalid_credentials",
  "no_member",
  "email_taken",
  "taken",
  "invalid_link",
  "invite_missing",
  "invite_used",
  "invite_expired",
  "invite_other_email",
  "invite_closed",
  "already_member",
  "application_pending",
  "owner_only",
  "not_approved",
  "image_missing",
  "image_type",
  "image_too_large",
  "invalid",
  "unreachable",
  "unknown",
] as const
export type PortalErrorCode = (typeof portalErrorCodes)[number]

/** What went wrong with a backend call: for one field of the form when the backend named it. */
export type PortalFailure = { code: PortalErrorCode; field?: string }

// The backend's own sentences (`MedusaError` messages and the route validators'), matched in
// this order; the first match wins.
const messageCodes: [RegExp, PortalErrorCode][] = [
  [/already exists/i, "email_taken"],
  [/invitation does not exist/i, "invite_missing"],
  [/already been accepted/i, "invite_used"],
  [/invitation has expired/i, "invite_expired"],
  [/another email/i, "invite_other_email"],
  [/invitations are closed/i, "invite_closed"],
  [/already belong|already registered/i, "already_member"],
  [/waiting for staff review/i, "application_pending"],
  [/only (?:an|the) owner/i, "owner_only"],
  [/only approved cooperatives/i, "not_approved"],
  [/not a JPEG, PNG or WebP/i, "image_type"],
  [/photo must be at most/i, "image_too_large"],
  [/cannot exceed/i, "women_exceed_members"],
  [/women_led requires/i, "women_led_needs_women"],
  [/24 digits/i, "invalid_rib"],
  [/email address/i, "invalid_email"],
  [/phone number/i, "invalid_phone"],
  [/founded_year/i, "invalid_year"],
  [/email or phone is required/i, "contact_required"],
  [/is required/i, "required"],
  [/too small/i, "too_short"],
  [/too big/i, "too_long"],
]

// Numbers are "too small" when a count is below its minimum: say "not a valid number" there.
const numberFields = new Set(["member_count", "women_member_count"])

/** The form field a message names first (`women_member_count (3) cannot exceed member_count (2)` → women_member_count). */
export function namedField(message: string, fields: readonly string[]): string | undefined {
  let first: { field: string; at: number } | undefined
  for (const field of fields) {
    const at = message.search(new RegExp(`(?<![\\w])${field}(?![\\w])`))
    if (at >= 0 && (!first || at < first.at)) first = { field, at }
  }
  return first?.field
}

/**
 * Classifies a failed backend call for the form that made it. A 400 (the backend's checks)
 * names the field it refused, which goes next to that field when the form has it; a 401 is
 * wrong credentials (callers handle an ended session before asking); an unreachable backend says
 * so; anything else is `unknown`, which leaks nothing and asks to try again.
 */
export function portalFailure(error: unknown, fields: readonly string[] = []): PortalFailure {
  if (!(error instanceof FetchError)) return { code: isUnreachable(error) ? "unreachable" : "unknown" }
  const matched = messageCodes.find(([pattern]) => pattern.test(error.message))?.[1]
  if (error.status === 401) return { code: matched === "email_taken" ? "email_taken" : "invalid_credentials" }
  if (error.status === 413) return { code: "image_too_large" }
  if (error.status === 415) return { code: "image_type" }
  if (error.status === 404) return { code: matched ?? "unknown" }
  if (error.status !== 400 && error.status !== 403) return { code: "unknown" }
  const field = namedField(error.message, fields)
  // "Cooperative with odco_number: …, already exists": a unique value another cooperative holds.
  const code = matched === "email_taken" ? "taken" : (matched ?? "invalid")
  if (field && numberFields.has(field) && (code === "too_short" || code === "too_long")) return { code: "invalid_number", field }
  return field ? { code, field } : { code }
}

/** Whether the backend refused the member's token (ended from another phone, or expired). */
export function isSessionGone(error: unknown): boolean {
  return error instanceof FetchError && error.status === 401
}
