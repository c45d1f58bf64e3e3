import { searchValueToBoolean, searchValueToNumber } from "@medusajs/framework/utils"
import type { SearchTypes } from "@medusajs/framework/types"
import { invalidData } from "./errors"
import type { LeafField } from "./fields"

// Words Meilisearch's filter grammar reserves; a bare attribute or value spelled like one would be
// read as syntax.
const KEYWORDS = new Set(["AND", "OR", "IN", "NOT", "TO", "EXISTS", "IS", "NULL", "EMPTY", "CONTAINS", "STARTS", "WITH", "_geoRadius", "_geoBoundingBox"])
// What the grammar reads as one bare word: letters, digits, `_`, `-` and `.` (dotted paths).
const BARE_WORD = /^[\p{L}\p{N}_.-]+$/u

/**
 * `text` as a double-quoted filter string. Meilisearch unescapes `\"` and then `\\`, so doubling
 * every backslash first and then escaping quotes round-trips any string, backslashes included.
 */
export function quoted(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
}

/** An attribute path as the filter grammar reads it: bare when it can be, quoted otherwise. */
export function attribute(path: string): string {
  return BARE_WORD.test(path) && !KEYWORDS.has(path) ? path : quoted(path)
}

/**
 * A number as a filter value. Exponent forms (`1e+21`) hold a `+` the grammar does not take
 * bare, so they are quoted; Meilisearch still reads a quoted value as a number.
 */
export function numberLiteral(value: number, path: string): string {
  if (!Number.isFinite(value)) throw invalidData(`Cannot filter "${path}" by the non-finite number ${value}`)
  const text = String(value)
  return /e/i.test(text) ? quoted(text) : text
}

function numeric(value: SearchTypes.SearchFilterValue, path: string, isDate: boolean): string {
  const number = searchValueToNumber(value, isDate)
  if (number === undefined) {
    throw invalidData(`Cannot read ${JSON.stringify(value)} as a ${isDate ? "date" : "number"} to filter "${path}"`)
  }
  return numberLiteral(number, path)
}

/**
 * A non-null filter value in the form the documents store it (see `documents.ts`): dates as epoch
 * milliseconds, numbers as numbers, booleans bare, text quoted. Without a field (an index whose
 * definition this process has not seen) the value's own JavaScript type decides, which is exact
 * for everything but a date written as a string.
 */
export function valueLiteral(value: Exclude<SearchTypes.SearchFilterValue, null>, path: string, field?: LeafField): string {
  if (value instanceof Date) return numberLiteral(value.getTime(), path)
  switch (field?.type) {
    case "date":
      return numeric(value, path, true)
    case "integer":
    case "float":
      return numeric(value, path, false)
    case "boolean":
      return String(searchValueToBoolean(value))
    case "keyword":
    case "text":
      return quoted(String(value))
    default:
      if (typeof value === "number") return numberLiteral(value, path)
      return typeof value === "boolean" ? String(value) : quoted(value)
  }
}
