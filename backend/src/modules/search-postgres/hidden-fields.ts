import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { RANK_COLUMN } from "./rank-vector"

const FIELD_NAME = /^[a-z][a-z0-9_]*$/

type Field = SearchTypes.SearchFieldDefinition

const topLevel = (definition: SearchTypes.ResolvedSearchIndexDefinition, keep: (field: Field) => boolean) =>
  Object.entries(definition.fields)
    .filter(([name, field]) => field.type !== "object" && FIELD_NAME.test(name) && keep(field))
    .map(([name]) => name)

/**
 * What each of a document's two stored JSON copies can do without. The provider keeps the whole
 * document in `document` (what hits return) and every field in `indexed` (what filters, facets
 * and sorts read), and PostgreSQL must read a row's JSON back, out of line and decompressed, for
 * every row those touch: at 10,000 products that was most of a query's time. So `document` loses
 * the fields never returned (normalised texts, already in the search vector), and `indexed` keeps
 * only what is filtered, faceted or sorted on.
 */
export function fieldsToDrop(definition: SearchTypes.ResolvedSearchIndexDefinition) {
  const useful = (field: Field) => !!(field.filterable || field.sortable || field.facetable)
  return {
    fromDocument: topLevel(definition, (field) => field.retrievable === false),
    fromIndexed: topLevel(definition, (field) => !useful(field)),
  }
}

const keysSql = (fields: string[]) => `ARRAY[${fields.map((field) => `'${field}'`).join(", ")}]::text[]`

/**
 * Sets the rank vector (`rankVector`, an SQL expression reading the stored JSON) and drops the
 * fields `fieldsToDrop` names, for `count` documents whose ids are the statement's parameters. One
 * statement: every `SET` reads the row as it was before it.
 */
export function finishDocumentsSql(table: string, rankVector: string, drop: ReturnType<typeof fieldsToDrop>, count: number): string {
  return `UPDATE "${table}" SET "${RANK_COLUMN}" = ${rankVector},
    "document" = "document" - ${keysSql(drop.fromDocument)}, "indexed" = "indexed" - ${keysSql(drop.fromIndexed)}
    WHERE "id" IN (${Array.from({ length: count }, () => "?").join(", ")})`
}

/**
 * Searching a subset of fields, or highlighting, reads texts `finishDocumentsSql` dropped: refused,
 * rather than answered from nothing.
 */
export function refuseDroppedFieldReads(input: SearchTypes.ProviderSearchQuery): void {
  const options = input.search_options ?? {}
  if (options.attributes_to_search_on?.length || options.highlight) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "The tiwizi-postgres search provider searches every searchable field at once and does not highlight",
    )
  }
}
