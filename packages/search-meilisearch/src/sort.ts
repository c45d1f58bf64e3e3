import type { SearchTypes } from "@medusajs/framework/types"
import { invalidData, notAllowed } from "./errors"
import type { FieldMap } from "./fields"

const SCORE = "_score"

/**
 * `pagination.order` as Meilisearch's `sort` parameter. Relevance (`_score`) is what Meilisearch
 * ranks by after the sort (our ranking rules put `sort` first), so it can only come last and only
 * descending; anything else would return a different order than asked, so it throws.
 */
export function compileSort(order: Record<string, SearchTypes.SearchOrderBy> | undefined, fields: FieldMap): string[] {
  const entries = Object.entries(order ?? {})
  return entries.flatMap(([path, direction], position) => {
    if (direction !== "ASC" && direction !== "DESC") {
      throw invalidData(`Sort direction for "${path}" must be "ASC" or "DESC", got ${JSON.stringify(direction)}`)
    }
    if (path === SCORE) {
      if (direction === "ASC") throw notAllowed('Meilisearch ranks by descending relevance only; it cannot order by ascending "_score"')
      if (position !== entries.length - 1) {
        throw notAllowed('Meilisearch applies relevance after the sort, so "_score" can only come last in pagination.order')
      }
      return []
    }
    const field = fields.get(path)
    if (!field) throw invalidData(`Cannot sort by unknown field "${path}"`)
    if (!field.field.sortable) throw invalidData(`Field "${path}" is not sortable`)
    if (field.isArray) throw notAllowed(`The Meilisearch provider cannot sort by array field "${path}"`)
    return [`${path}:${direction.toLowerCase()}`]
  })
}
