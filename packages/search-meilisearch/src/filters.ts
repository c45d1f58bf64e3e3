import type { SearchTypes } from "@medusajs/framework/types"
import { invalidData, notAllowed } from "./errors"
import { isNumeric, type FieldMap, type LeafField } from "./fields"
import { attribute, valueLiteral } from "./filter-literals"

type FilterValue = SearchTypes.SearchFilterValue
type Operators = SearchTypes.SearchOperatorMap<FilterValue>

const COMPARISONS: Record<string, string> = { $gt: ">", $gte: ">=", $lt: "<", $lte: "<=" }

/** Conditions that must all hold; compound results are parenthesised so they nest safely. */
export function and(parts: (string | undefined)[]): string | undefined {
  const present = parts.filter((part): part is string => !!part)
  if (present.length <= 1) return present[0]
  return `(${present.join(" AND ")})`
}

function or(parts: string[]): string | undefined {
  if (parts.length <= 1) return parts[0]
  return `(${parts.join(" OR ")})`
}

/**
 * Whether the field holds a value. Meilisearch keeps `null` and `[]` as values, PostgreSQL's
 * provider does not index them: `null` (and, on arrays, emptiness) counts as absent so both
 * providers select the same documents.
 */
export function present(path: string, field?: LeafField): string {
  const name = attribute(path)
  const empty = field?.isArray ? ` AND ${name} IS NOT EMPTY` : ""
  return `(${name} EXISTS AND ${name} IS NOT NULL${empty})`
}

function absent(path: string, field?: LeafField): string {
  return `NOT ${present(path, field)}`
}

function equals(path: string, value: FilterValue, field?: LeafField): string {
  return value === null ? absent(path, field) : `${attribute(path)} = ${valueLiteral(value, path, field)}`
}

/** The field equals one of the values; on an array field, the array holds one of them. */
function anyOf(path: string, values: FilterValue[], field?: LeafField): string {
  const concrete = values.filter((value): value is Exclude<FilterValue, null> => value !== null)
  const parts: string[] = []
  if (concrete.length === 1) parts.push(equals(path, concrete[0], field))
  if (concrete.length > 1) {
    parts.push(`${attribute(path)} IN [${concrete.map((value) => valueLiteral(value, path, field)).join(", ")}]`)
  }
  if (concrete.length < values.length) parts.push(absent(path, field))
  // An empty list matches nothing; Meilisearch reads `IN []` exactly so.
  return or(parts) ?? `${attribute(path)} IN []`
}

function comparison(path: string, operator: string, value: FilterValue, field?: LeafField): string {
  if (field?.isArray) throw notAllowed(`Operator "${operator}" is not supported on array field "${path}"`)
  if (field && !isNumeric(field.type)) {
    throw notAllowed(`Meilisearch compares numbers and dates only, and "${path}" is a ${field.type} field`)
  }
  if (value === null) throw invalidData(`Operator "${operator}" on "${path}" needs a value, not null`)
  if (!field && typeof value === "string") {
    throw notAllowed(`Cannot tell whether "${path}" holds dates or numbers to compare it with ${JSON.stringify(value)}: pass a Date or a number`)
  }
  return `${attribute(path)} ${COMPARISONS[operator]} ${valueLiteral(value, path, field)}`
}

function assertArrayField(path: string, operator: string, field?: LeafField): void {
  if (field && !field.isArray) throw notAllowed(`Operator "${operator}" on "${path}" needs an array field`)
}

function list(value: unknown): FilterValue[] {
  return (Array.isArray(value) ? value : [value]) as FilterValue[]
}

function operatorPredicate(path: string, operator: string, value: unknown, field?: LeafField): string {
  switch (operator) {
    case "$eq":
      return equals(path, value as FilterValue, field)
    case "$ne":
      return value === null ? present(path, field) : `NOT ${equals(path, value as FilterValue, field)}`
    case "$in":
      return anyOf(path, list(value), field)
    case "$nin":
      return `NOT ${anyOf(path, list(value), field)}`
    case "$gt":
    case "$gte":
    case "$lt":
    case "$lte":
      return comparison(path, operator, value as FilterValue, field)
    case "$exists":
      return value ? present(path, field) : absent(path, field)
    case "$contains": {
      assertArrayField(path, operator, field)
      const values = list(value)
      if (values.includes(null)) throw invalidData(`Operator "$contains" on "${path}" cannot look for null`)
      // Containing nothing holds for every document that has the array, as in PostgreSQL.
      return and(values.map((entry) => equals(path, entry, field))) ?? present(path, field)
    }
    case "$overlaps":
      assertArrayField(path, operator, field)
      return anyOf(path, list(value), field)
    case "$prefix":
    case "$like":
      throw notAllowed(`Meilisearch has no prefix or substring filter, so it cannot apply "${operator}" to "${path}"`)
    default:
      throw notAllowed(`The Meilisearch provider does not support operator "${operator}" on "${path}"`)
  }
}

function fieldPredicate(path: string, raw: unknown, fields?: FieldMap): string {
  const field = fields?.get(path)
  if (fields && !field) throw invalidData(`Unknown filter field "${path}"`)
  // A bare value or list of values: equality, or membership on array fields.
  if (raw === null || raw instanceof Date || typeof raw !== "object" || Array.isArray(raw)) {
    return anyOf(path, list(raw), field)
  }
  const operators = Object.entries(raw as Operators).filter(([key, value]) => key.startsWith("$") && value !== undefined)
  if (!operators.length) throw invalidData(`Empty operator map on filter field "${path}"`)
  return and(operators.map(([operator, value]) => operatorPredicate(path, operator, value, field))) as string
}

function compileBranch(branch: SearchTypes.SearchFilters, fields?: FieldMap): string | undefined {
  const parts: (string | undefined)[] = []
  for (const [key, value] of Object.entries(branch)) {
    if (value === undefined || key === "q") continue
    if (key === "$and" || key === "$or") {
      // Branches that constrain nothing are dropped, as the PostgreSQL provider does.
      const nested = (value as SearchTypes.SearchFilters[])
        .map((entry) => compileBranch(entry, fields))
        .filter((entry): entry is string => !!entry)
      parts.push(key === "$and" ? and(nested) : or(nested))
      continue
    }
    if (key === "$not") {
      const nested = compileBranch(value as SearchTypes.SearchFilters, fields)
      parts.push(nested && `NOT ${nested}`)
      continue
    }
    parts.push(fieldPredicate(key, value, fields))
  }
  return and(parts)
}

/**
 * Compiles Medusa's filter tree into a Meilisearch filter expression, or `undefined` when it
 * constrains nothing. Semantics follow the PostgreSQL provider: a bare value or list is equality
 * (membership on arrays), `null` means absent, `$ne` keeps documents missing the field, `$contains`
 * needs every value and `$overlaps` any. Operators Meilisearch cannot express exactly — `$prefix`,
 * `$like`, comparisons on text — throw instead of approximating.
 *
 * `fields` types the values (dates become epoch ms); without it, as when deleting from an index
 * this process has not seen a definition for, values are taken by their JavaScript type.
 */
export function compileFilter(filters: SearchTypes.SearchFilters | undefined, fields?: FieldMap): string | undefined {
  return filters ? compileBranch(filters, fields) : undefined
}
