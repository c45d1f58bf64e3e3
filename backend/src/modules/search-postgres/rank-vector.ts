import type { SearchTypes } from "@medusajs/framework/types"

const FIELD_NAME = /^[a-z][a-z0-9_]*$/

/**
 * The column results are ranked on: a small search vector of the most weighted fields (the
 * titles), next to the provider's full `search_vector` that every searchable field feeds and that
 * matching uses. Ranking must read the vector of every matching document; the full one,
 * descriptions included, is stored out of line and compressed, and reading it back for thousands
 * of matches took most of a broad query's time. Products whose title holds the words come first;
 * the others follow them.
 */
export const RANK_COLUMN = "rank_vector"

/** The top-level searchable fields that rank: those weighted 3 and more. */
export function rankingFields(definition: SearchTypes.ResolvedSearchIndexDefinition): string[] {
  return Object.entries(definition.fields).flatMap(([name, field]) => {
    const weight = typeof field.searchable === "object" ? (field.searchable.weight ?? 1) : 0
    return weight >= 3 && FIELD_NAME.test(name) ? [name] : []
  })
}

export const addRankColumnSql = (table: string) =>
  `ALTER TABLE "${table}" ADD COLUMN IF NOT EXISTS "${RANK_COLUMN}" tsvector NOT NULL DEFAULT ''::tsvector`

/** The rank vector's value, read from the document's stored JSON (before hidden fields are dropped from it). */
export function rankVectorSql(tsConfig: string, fields: string[]): string {
  if (!fields.length) return `''::tsvector`
  return fields.map((name) => `to_tsvector('${tsConfig}', coalesce("indexed"->>'${name}', ''))`).join(" || ")
}
