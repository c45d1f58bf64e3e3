import { FetchError } from "@medusajs/js-sdk"
import type { Locale } from "@tiwizi/locale"
import { isUnreachable } from "./account-errors"
import type { ListingErrorCode, ListingFieldErrors } from "./listing-validation"

/**
 * What a member can be told when a listing call fails as a whole (messages
 * `PortalListings.failures.<code>`): logged out (`unauthorized`), cooperative not approved
 * (`forbidden`), listing gone or not theirs (`not_found`), an action its state does not allow
 * (`state`), a submission without a photo (`photos_missing`), input refused (`invalid`).
 */
export const listingFailures = ["unauthorized", "forbidden", "not_found", "state", "photos_missing", "invalid", "unreachable", "unknown"] as const
export type ListingFailure = (typeof listingFailures)[number]

/** Classifies a failed `/vendor/products` call; anything unexpected is `unknown` and leaks nothing. */
export function listingFailure(error: unknown): ListingFailure {
  if (!(error instanceof FetchError)) return isUnreachable(error) ? "unreachable" : "unknown"
  if (error.status === 401) return "unauthorized"
  if (error.status === 403) return "forbidden"
  if (error.status === 404) return "not_found"
  if (error.status !== 400) return "unknown"
  if (/^images: add at least one photo/.test(error.message)) return "photos_missing"
  return /^state:/.test(error.message) ? "state" : "invalid"
}

// Medusa words zod's own issues as "Field 'variants, 0, stock' is required" or "Value for field
// 'title, fr' too big"; our validators and the provenance rules start with the dotted field.
const quotedPath = /field '([^']+)'/i
const leadingPath = /^([a-z_]+(?:\.[a-z_0-9]+)*)(?=[ :])/

function pathOf(issue: string): string[] | null {
  const quoted = quotedPath.exec(issue)
  if (quoted) return quoted[1].split(", ")
  const leading = leadingPath.exec(issue)
  return leading ? leading[1].split(".") : null
}

const provenanceFields: Record<string, string> = {
  width_cm: "width",
  length_cm: "length",
  work_hours: "workHours",
  technique: "technique",
  materials: "materials",
  dye_kind: "dyeKind",
  dyes: "dyes",
}

function fieldOf(path: string[], language: Locale): string | null {
  const [head, ...rest] = path
  if (head === "title" || head === "subtitle" || head === "description") return `${head}.${rest[0] ?? language}`
  if (head === "category") return "category"
  if (head === "images" || head === "files") return "photos"
  if (head === "provenance") return provenanceFields[rest[0]] ?? null
  if (head !== "variants") return null
  const index = /^\d+$/.test(rest[0] ?? "") ? rest[0] : "0"
  if (rest.includes("prices")) return `variants.${index}.price`
  return rest.includes("stock") ? `variants.${index}.stock` : null
}

function codeOf(field: string, issue: string): ListingErrorCode {
  if (/must not be empty|is required|needs at least/.test(issue)) return "required"
  if (/at most \d+ characters|too big/.test(issue) && /^(title|subtitle|description)\./.test(field)) return "too_long"
  if (field === "width" || field === "length") return "size_range"
  if (field === "workHours") return "hours_range"
  if (field.endsWith(".price")) return "price_invalid"
  if (field.endsWith(".stock")) return "stock_range"
  return "invalid"
}

/**
 * The wizard's fields named by a backend 400 ("Invalid request: title.ar must not be empty;
 * provenance.width_cm must be …"), so each error shows next to its field, in the member's
 * language. A text field named without its language is the one the member writes in. Issues
 * that name no field of the wizard are left out: the caller shows a general message.
 */
export function backendFieldErrors(message: string, language: Locale): ListingFieldErrors {
  const errors: ListingFieldErrors = {}
  for (const issue of message.replace(/^Invalid request: /, "").split("; ")) {
    const path = pathOf(issue)
    const field = path && fieldOf(path, language)
    if (field && !errors[field]) errors[field] = codeOf(field, issue)
  }
  return errors
}

/** Whether a value from a URL (`?failed=`) is one of the failures a page can explain. */
export function isListingFailure(value: unknown): value is ListingFailure {
  return listingFailures.includes(value as ListingFailure)
}
