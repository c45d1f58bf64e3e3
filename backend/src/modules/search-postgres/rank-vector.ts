import type { SearchTypes } from "@medusajs/framework/types"

const FIELD_NAME = /^[a-z][a-z0-9_]*$/

/**
 * The column results are ranked on: a small search vector of the fields weighted 2 and more
 * (titles, key terms), next to the provider's full `search_vector` that every searchable field
 * feeds and that matching uses. Ranking must read the vector of every matching document; the
 * full one, descriptions included, is stored out of line and compressed, and reading it back for
 * thousands of matches took most of a broad query's time. Words found only in a description still
 * match, and rank after the others.
 */
export const RANK_COLUMN = "rank_vector"

/** The top-level searchable fields that rank, with their tsvector weight label. */
export function rankingFields(definition: SearchTypes.ResolvedSearchIndexDefinition): { name: string; label: "A" | "B" }[] {
  return Object.entries(definition.fields).flatMap(([name, field]) => {
    const weight = typeof field.searchable === "object" ? (field.searchable.weight ?? 1) : field.searchable ? 1 : 0
    if (weight < 2 || !FIELD_NAME.test(name)) return []
    return [{ name, label: weight >= 3 ? ("A" as const) : ("B" as const) }]
  })
}

export const addRankColumnSql = (table: string) =>
  `ALTER TABLE "${table}" ADD COLUMN IF NOT EXISTS "${RANK_COLUMN}" tsvector NOT NULL DEFAULT ''::tsvector`

/** The rank vector's value, read from the document's stored JSON (before hidden fields are dropped from it). */
export function rankVectorSql(tsConfig: string, fields: { name: string; label: "A" | "B" }[]): string {
  if (!fields.length) return `''::tsvector`
  return fields
    .map(({ name, label }) => `setweight(to_tsvector('${tsConfig}', coalesce("indexed"->>'${name}', '')), '${label}')`)
    .join(" || ")
}
