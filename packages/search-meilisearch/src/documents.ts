import { searchValueToBoolean, searchValueToNumber } from "@medusajs/framework/utils"
import type { SearchTypes } from "@medusajs/framework/types"
import { invalidData } from "./errors"

type Fields = Record<string, SearchTypes.SearchFieldDefinition>
type Leaf = (value: unknown, field: SearchTypes.SearchFieldDefinition, path: string) => unknown

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date)
}

/** A copy of `document` with `leaf` applied to every declared scalar; undeclared keys are kept. */
function mapDeclared(document: Record<string, unknown>, fields: Fields, leaf: Leaf, prefix = ""): Record<string, unknown> {
  const mapped: Record<string, unknown> = { ...document }
  const visit = (value: unknown, field: SearchTypes.SearchFieldDefinition, path: string): unknown => {
    if (value === null || value === undefined) return value
    if (Array.isArray(value)) return value.map((entry) => visit(entry, field, path))
    if (field.type === "object") return isRecord(value) ? mapDeclared(value, field.fields ?? {}, leaf, `${path}.`) : value
    return leaf(value, field, path)
  }
  for (const [name, field] of Object.entries(fields)) {
    if (name in document) mapped[name] = visit(document[name], field, `${prefix}${name}`)
  }
  return mapped
}

function toNumber(value: unknown, isDate: boolean, path: string): number {
  const number = searchValueToNumber(value, isDate)
  if (number === undefined) {
    throw invalidData(`Cannot index ${JSON.stringify(value)} as a ${isDate ? "date" : "number"} in "${path}"`)
  }
  return number
}

/**
 * A document as Meilisearch stores it. Each declared value takes its field's type, as the
 * PostgreSQL provider coerces them, so filters, sorts and facets compare like with like. Dates
 * become epoch milliseconds: Meilisearch filters, sorts and facets numbers, never date strings.
 */
export function encodeDocument(document: Record<string, unknown>, fields: Fields): Record<string, unknown> {
  return mapDeclared(document, fields, (value, field, path) => {
    switch (field.type) {
      case "date":
        return toNumber(value, true, path)
      case "integer":
      case "float":
        return toNumber(value, false, path)
      case "boolean":
        return searchValueToBoolean(value)
      case "keyword":
      case "text":
        return typeof value === "string" ? value : String(value)
      default:
        return value
    }
  })
}

/** A stored document read back: date fields as ISO 8601 strings again, as hits show them. */
export function decodeDocument(document: Record<string, unknown>, fields: Fields): Record<string, unknown> {
  return mapDeclared(document, fields, (value, field) =>
    field.type === "date" && typeof value === "number" ? new Date(value).toISOString() : value,
  )
}
