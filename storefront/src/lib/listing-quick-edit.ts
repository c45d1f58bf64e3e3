import type { ListingFailure } from "./listing-errors"
import type { ListingErrorCode } from "./listing-validation"

/**
 * The state of one quick edit (a variant's stock or price on the list): nothing yet, refused
 * (the value as typed and why: a field error, or a failure of the call), or saved (the value
 * and when, so that saving the same value twice is still announced).
 */
export type QuickEditState =
  | { status: "idle" }
  | { status: "error"; value: string; code: ListingErrorCode | ListingFailure }
  | { status: "done"; value: string; at: number }
