import type { SearchTypes } from "@medusajs/framework/types"
import type { SearchParams } from "meilisearch"
import { invalidData, notAllowed } from "./errors"
import { isSearchable, type FieldMap } from "./fields"
import { queryLocales } from "./locales"
import { compileSort } from "./sort"

const PRE_TAG = "<mark>"
const POST_TAG = "</mark>"

/** The parameters with `undefined` ones left out, so requests carry only what was asked. */
export function defined<T extends object>(params: T): T {
  return Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined)) as T
}

/**
 * Refuses what Meilisearch cannot answer exactly. Typo tolerance is an index setting there, so a
 * query that turns it off on an index that has it on would get typo matches all the same.
 * `"any"` has no Meilisearch equivalent: its strategies drop words in a fixed order, so a document
 * holding only a dropped word is never returned.
 */
export function assertQuerySupported(input: SearchTypes.ProviderSearchQuery, fields: FieldMap): void {
  const options = input.search_options ?? {}
  const hasText = !!input.q?.trim()
  if (input.pagination?.cursor !== undefined) throw notAllowed("Meilisearch paginates by skip and take, not by cursor")
  if (options.vector) throw notAllowed("The Meilisearch provider does not support vector search")
  if (options.match_strategy === "any") {
    throw notAllowed('Meilisearch has no "any" matching strategy that returns every document matching one of the words: use "all" or "last"')
  }
  if (hasText && options.typo_tolerance === false && (input.index.settings.typo_tolerance?.enabled ?? true)) {
    throw notAllowed(`Meilisearch applies typo tolerance per index, and index "${input.index.name}" has it on: a query cannot turn it off`)
  }
  if (hasText && ![...fields.values()].some(({ field }) => isSearchable(field))) {
    throw invalidData(`Search index "${input.index.name}" has no searchable fields, so it cannot be queried by text`)
  }
  const distinct = options.distinct
  const leaf = distinct === undefined ? undefined : fields.get(distinct)
  if (distinct !== undefined && (!leaf || !leaf.field.filterable || leaf.isArray)) {
    throw notAllowed(`Meilisearch deduplicates a query only by a filterable, single-valued field, and "${distinct}" is not one`)
  }
}

/** The highlighting a query asked for, resolved; none without free text, as Medusa specifies. */
export function resolveHighlight(input: SearchTypes.ProviderSearchQuery, fields: FieldMap) {
  const highlight = input.search_options?.highlight
  if (!highlight || !input.q?.trim()) return undefined
  const searchable = [...fields.values()].filter(({ field }) => isSearchable(field)).map(({ path }) => path)
  const options = highlight === true ? { fields: input.search_options?.attributes_to_search_on ?? searchable } : highlight
  for (const path of options.fields) {
    if (!fields.has(path)) throw invalidData(`Cannot highlight unknown field "${path}"`)
  }
  const snippet = options.snippet
  return {
    fields: options.fields,
    preTag: options.pre_tag ?? PRE_TAG,
    postTag: options.post_tag ?? POST_TAG,
    crop: snippet ? { length: typeof snippet === "object" ? snippet.length : undefined } : undefined,
  }
}

/** The parameters every query of one search shares: what it matches, not what it returns. */
export function matchParams(input: SearchTypes.ProviderSearchQuery, q: string, filter: string | undefined): SearchParams {
  const options = input.search_options ?? {}
  return defined({
    q,
    matchingStrategy: "all",
    filter,
    attributesToSearchOn: options.attributes_to_search_on,
    distinct: options.distinct,
    locales: options.locales?.length ? queryLocales(options.locales) : undefined,
    rankingScoreThreshold: options.min_score,
    // The escape hatch Medusa defines for engine features its interface does not model.
    ...(options.provider_options?.meilisearch as SearchParams | undefined),
  })
}

/** The parameters that shape the hits: order, attributes, score and highlighting. */
export function hitParams(input: SearchTypes.ProviderSearchQuery, fields: FieldMap, highlight: ReturnType<typeof resolveHighlight>): SearchParams {
  const sort = compileSort(input.pagination?.order, fields)
  return defined({
    sort: sort.length ? sort : undefined,
    // Highlighted attributes must be retrieved for `_formatted` to hold them; the document is
    // projected down to `attributes_to_retrieve` afterwards.
    attributesToRetrieve: [...new Set([input.index.primary_key, ...input.attributes_to_retrieve, ...(highlight?.fields ?? [])])],
    showRankingScore: input.search_options?.include_score || undefined,
    attributesToHighlight: highlight?.fields,
    highlightPreTag: highlight?.preTag,
    highlightPostTag: highlight?.postTag,
    attributesToCrop: highlight?.crop && highlight.fields,
    cropLength: highlight?.crop?.length,
  })
}
