import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { RANK_COLUMN } from "./rank-vector"

const FIELD_NAME = /^[a-z][a-z0-9_]*$/

/**
 * The top-level fields an index declares `retrievable: false`: texts kept for matching only.
 * Once the provider has built a document's search vector and text from them, they are dead
 * weight in its `document` and `indexed` JSON, which PostgreSQL must read back (out of line,
 * decompressed) for every row a filter, a facet or a sort touches.
 */
export function hiddenFields(definition: SearchTypes.ResolvedSearchIndexDefinition): string[] {
  return Object.entries(definition.fields)
    .filter(([name, field]) => field.retrievable === false && field.type !== "object" && FIELD_NAME.test(name))
    .map(([name]) => name)
}

/**
 * Sets the rank vector (`rankVector`, an SQL expression reading the stored JSON) and removes
 * `fields` from the stored JSON, of `count` documents whose ids are the statement's parameters.
 * One statement: every `SET` reads the row as it was.
 */
export function finishDocumentsSql(table: string, rankVector: string, fields: string[], count: number): string {
  const keys = `ARRAY[${fields.map((field) => `'${field}'`).join(", ")}]::text[]`
  return `UPDATE "${table}" SET "${RANK_COLUMN}" = ${rankVector}, "document" = "document" - ${keys}, "indexed" = "indexed" - ${keys}
    WHERE "id" IN (${Array.from({ length: count }, () => "?").join(", ")})`
}

/**
 * Searching a subset of fields, or highlighting, reads the texts `dropFieldsSql` removed: refused,
 * rather than answered from nothing.
 */
export function refuseHiddenFieldReads(input: SearchTypes.ProviderSearchQuery): void {
  const options = input.search_options ?? {}
  if (options.attributes_to_search_on?.length || options.highlight) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "The tiwizi-postgres search provider searches every searchable field at once and does not highlight",
    )
  }
}
