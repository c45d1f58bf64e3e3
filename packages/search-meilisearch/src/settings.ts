import type { SearchTypes } from "@medusajs/framework/types"
import { synonymMap, typoTolerance as shopTypos } from "@tiwizi/search-text"
import type { Settings, TypoTolerance } from "meilisearch"
import { invalidData, notAllowed } from "./errors"
import { isFacetable, isRetrievable, isSearchable, leafFields, searchWeight, type FieldMap } from "./fields"
import { localizedAttributes } from "./locales"
import type { MeilisearchLimits } from "./types"

/**
 * `sort` first makes a requested order strict: with Meilisearch's default order it only breaks
 * ties between equally relevant hits, whereas `pagination.order: { price_mad: "ASC" }` means
 * "cheapest first". Without a `sort` parameter the rule does nothing and relevance decides.
 */
export const RANKING_RULES = ["sort", "words", "typo", "proximity", "attribute", "exactness"]

/**
 * Refuses what this provider cannot hold, so the error surfaces when migrations run rather than
 * as wrong results: vectors (no embedder is configured here), geo points (Meilisearch reads them
 * only from a top-level `_geo`), and typo settings that do not add up.
 */
export function assertIndexSupported(index: SearchTypes.ResolvedSearchIndexDefinition, fields: FieldMap): void {
  for (const { path, type } of fields.values()) {
    if (type === "vector") {
      throw notAllowed(`The Meilisearch provider does not support vector fields ("${path}" on index "${index.name}"): it configures no embedder`)
    }
    if (type === "geo") {
      throw notAllowed(`The Meilisearch provider does not support geo fields ("${path}" on index "${index.name}")`)
    }
  }
  const typos = index.settings.typo_tolerance
  const one = typos?.min_word_size_for_one_typo ?? shopTypos.minWordSizeForOneTypo
  const two = typos?.min_word_size_for_two_typos ?? shopTypos.minWordSizeForTwoTypos
  if (two < one) {
    throw invalidData(`settings.typo_tolerance.min_word_size_for_two_typos (${two}) cannot be lower than min_word_size_for_one_typo (${one}) on index "${index.name}"`)
  }
  for (const path of typos?.disabled_on_attributes ?? []) {
    if (!fields.has(path)) {
      throw invalidData(`settings.typo_tolerance.disabled_on_attributes names "${path}", which is not a field of index "${index.name}"`)
    }
  }
  const distinct = index.settings.distinct_attribute
  if (distinct && !fields.has(distinct)) {
    throw invalidData(`settings.distinct_attribute names "${distinct}", which is not a field of index "${index.name}"`)
  }
}

function compileTypoTolerance(typos: SearchTypes.SearchIndexSettings["typo_tolerance"]): TypoTolerance {
  return {
    enabled: typos?.enabled ?? true,
    minWordSizeForTypos: {
      oneTypo: typos?.min_word_size_for_one_typo ?? shopTypos.minWordSizeForOneTypo,
      twoTypos: typos?.min_word_size_for_two_typos ?? shopTypos.minWordSizeForTwoTypos,
    },
    disableOnAttributes: typos?.disabled_on_attributes ?? [],
  }
}

/**
 * The complete Meilisearch settings for an index definition. Every setting is stated, defaults
 * included, so applying them twice yields the same index whatever it held before.
 *
 * Searchable attributes are ordered by descending weight (Meilisearch ranks by attribute order,
 * not by numeric weight); ties keep declaration order. The primary key is always filterable, so
 * deletes by filter and "match nothing" clauses can name it, and always displayed, so every hit
 * carries its id. Synonyms are the shop's one list from `@tiwizi/search-text`, in normal form like
 * the documents; stop words stay empty because our queries drop them before they get here.
 */
export function compileSettings(index: SearchTypes.ResolvedSearchIndexDefinition, limits: MeilisearchLimits): Settings {
  const fields = leafFields(index.fields)
  assertIndexSupported(index, fields)
  const leaves = [...fields.values()]
  const searchable = leaves
    .filter(({ field }) => isSearchable(field))
    .map(({ path, field }, order) => ({ path, weight: searchWeight(field), order }))
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .map(({ path }) => path)
  const filterable = leaves.filter(({ field }) => field.filterable || isFacetable(field)).map(({ path }) => path)
  const displayed = leaves.filter(({ field }) => isRetrievable(field)).map(({ path }) => path)
  const textual = leaves.filter(({ type }) => type === "text" || type === "keyword").map(({ path }) => path)
  return {
    searchableAttributes: searchable,
    filterableAttributes: [...new Set([index.primary_key, ...filterable])],
    sortableAttributes: leaves.filter(({ field }) => field.sortable).map(({ path }) => path),
    displayedAttributes: [...new Set([index.primary_key, ...displayed])],
    rankingRules: RANKING_RULES,
    synonyms: synonymMap(),
    stopWords: [],
    typoTolerance: compileTypoTolerance(index.settings.typo_tolerance),
    distinctAttribute: index.settings.distinct_attribute ?? null,
    localizedAttributes: localizedAttributes(textual),
    pagination: { maxTotalHits: limits.maxTotalHits },
    faceting: { maxValuesPerFacet: limits.maxValuesPerFacet, sortFacetValuesBy: { "*": "count" } },
    ...(index.settings.provider_options?.meilisearch as Settings | undefined),
  }
}
