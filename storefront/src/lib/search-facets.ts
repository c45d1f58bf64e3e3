import type { SearchFacetResult } from "@medusajs/types"
import { categories, dyes, materials, sizeBands, techniques } from "@tiwizi/crafts"
import type { CurrencyCode, Locale, Translated } from "@tiwizi/locale"
import { priceRangeOf, priceRangesFor, type PriceRange } from "./price-ranges"
import { fieldOf, priceField } from "./search-query"
import { activeFilters, flagParams, isSelected, type FilterParam, type FlagParam, type SearchState } from "./search-state"

/** What the labels of filter values are made from, in the reader's language. */
export type FacetContext = {
  locale: Locale
  currency: CurrencyCode
  /** Cooperative names by handle; a handle missing here is shown as is. */
  cooperativeNames: Record<string, string>
  flagLabels: Record<FlagParam, string>
  priceLabel: (range: PriceRange) => string
}

export type FacetOption = {
  param: FilterParam
  value: string
  label: string
  count: number
  selected: boolean
  /** A subcategory, listed under its parent. */
  nested: boolean
}

/** One box of filters on the results page; the yes/no filters share the `features` box. */
export type FacetGroup = { id: Exclude<FilterParam, FlagParam> | "features"; options: FacetOption[] }

type Coded = { code: string; label: Translated; nested?: boolean }

// Codes come from the shared crafts vocabulary, in its display order; a code the index returns
// but the vocabulary lacks cannot be labelled, nor filtered on (the URL parser drops it).
const coded: Partial<Record<FilterParam, readonly Coded[]>> = {
  category: categories.map(({ handle, label, parent }) => ({ code: handle, label, nested: parent !== null })),
  material: materials,
  technique: techniques,
  dye: dyes,
  size: sizeBands,
}

/** The words for one filter value, or `undefined` when the value means nothing here. */
export function filterLabel(param: FilterParam, value: string, context: FacetContext): string | undefined {
  const list = coded[param]
  if (list) return list.find((entry) => entry.code === value)?.label[context.locale]
  if (param === "cooperative") return context.cooperativeNames[value] ?? value
  if (param === "province") return value
  if (param === "price") {
    const range = priceRangeOf(value)
    return range && context.priceLabel(range)
  }
  return value === "true" ? context.flagLabels[param as FlagParam] : undefined
}

/** Counts per value of a value facet. Booleans may come back as `"true"` or as `true`. */
function countsOf(facet: SearchFacetResult | undefined): Map<string, number> {
  if (facet?.type === "value") return new Map(facet.values.map(({ value, count }) => [String(value), count]))
  if (facet?.type === "range") return new Map(facet.ranges.map(({ key, count }) => [key, count]))
  return new Map()
}

/**
 * The filter boxes of a results page from the engine's facets: values that match something, or
 * that the visitor chose (shown even at zero so they can be unticked), labelled in the reader's
 * language. Coded values follow the crafts vocabulary's order; cooperatives and provinces go by
 * count, then name.
 */
export function facetGroups(
  facets: Record<string, SearchFacetResult> | undefined,
  state: SearchState,
  context: FacetContext,
): FacetGroup[] {
  const option = (param: FilterParam, value: string, count: number, nested = false): FacetOption => ({
    param,
    value,
    label: filterLabel(param, value, context) ?? value,
    count,
    selected: isSelected(state, param, value),
    nested,
  })
  const shown = (o: FacetOption) => o.count > 0 || o.selected

  const codedGroup = (param: FilterParam): FacetOption[] => {
    const counts = countsOf(facets?.[fieldOf[param as keyof typeof fieldOf]])
    return (coded[param] ?? []).map((entry) => option(param, entry.code, counts.get(entry.code) ?? 0, entry.nested)).filter(shown)
  }
  const namedGroup = (param: "cooperative" | "province"): FacetOption[] => {
    const counts = countsOf(facets?.[fieldOf[param]])
    for (const value of state.filters[param]) if (!counts.has(value)) counts.set(value, 0)
    return [...counts]
      .map(([value, count]) => option(param, value, count))
      .filter(shown)
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, context.locale))
  }
  const priceCounts = countsOf(facets?.[priceField(context.currency)])
  const flagCounts = (param: FlagParam) => countsOf(facets?.[fieldOf[param]]).get("true") ?? 0

  const groups: FacetGroup[] = [
    { id: "category", options: codedGroup("category") },
    { id: "price", options: priceRangesFor(context.currency).map((r) => option("price", r.key, priceCounts.get(r.key) ?? 0)).filter(shown) },
    { id: "material", options: codedGroup("material") },
    { id: "technique", options: codedGroup("technique") },
    { id: "dye", options: codedGroup("dye") },
    { id: "size", options: codedGroup("size") },
    { id: "cooperative", options: namedGroup("cooperative") },
    { id: "province", options: namedGroup("province") },
    { id: "features", options: flagParams.map((param) => option(param, "true", flagCounts(param))).filter(shown) },
  ]
  return groups.filter((group) => group.options.length > 0)
}

/** The chips above the results: one per active filter value, with its words. */
export function activeChips(state: SearchState, context: FacetContext): { param: FilterParam; value: string; label: string }[] {
  return activeFilters(state).map(([param, value]) => ({ param, value, label: filterLabel(param, value, context) ?? value }))
}
