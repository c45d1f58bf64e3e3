import { projectDocument, readDocumentPath } from "@medusajs/framework/utils"
import type { SearchTypes } from "@medusajs/framework/types"
import type { Hit } from "meilisearch"
import { decodeDocument } from "./documents"

/** What turning Meilisearch hits into Medusa's hits needs to know about the query. */
export type HitShape = {
  primaryKey: string
  fields: Record<string, SearchTypes.SearchFieldDefinition>
  attributes: string[]
  includeScore: boolean
  highlight?: { fields: string[]; preTag: string }
}

/** The highlighted fragments per field: the `_formatted` strings that hold a highlight tag. */
function highlights(formatted: Record<string, unknown> | undefined, highlight: NonNullable<HitShape["highlight"]>) {
  const found: Record<string, string[]> = {}
  for (const path of highlight.fields) {
    const fragments = readDocumentPath(formatted, path.split(".")).filter(
      (value): value is string => typeof value === "string" && value.includes(highlight.preTag),
    )
    if (fragments.length) found[path] = fragments
  }
  return Object.keys(found).length ? found : undefined
}

/**
 * A Meilisearch hit as Medusa's hit: its id is the primary key's value, its document the requested
 * attributes only (dates back as ISO strings), its score and highlights only when asked for.
 */
export function toSearchHit(hit: Hit, shape: HitShape): SearchTypes.SearchHit {
  const result: SearchTypes.SearchHit = {
    id: String(hit[shape.primaryKey]),
    document: projectDocument(decodeDocument(hit, shape.fields), shape.attributes),
  }
  if (shape.includeScore) result.score = hit._rankingScore
  const found = shape.highlight && highlights(hit._formatted, shape.highlight)
  if (found) result.highlights = found
  return result
}
