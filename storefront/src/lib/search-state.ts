import { isCategoryHandle, isDye, isMaterial, isSizeBand, isTechnique } from "@tiwizi/crafts"
import type { Locale } from "@tiwizi/locale"
import { localePath } from "./locale-path"
import { parsePage } from "./pagination"
import { priceRangeOf } from "./price-ranges"

export const sortKeys = ["relevance", "price_asc", "price_desc", "newest"] as const
export type SortKey = (typeof sortKeys)[number]

/** The URL parameters that narrow the results, in the order they are written back to the URL. */
export const filterParams = [
  "category",
  "price",
  "material",
  "technique",
  "dye",
  "size",
  "cooperative",
  "province",
  "women_led",
  "rural",
  "unique",
  "in_stock",
] as const
export type FilterParam = (typeof filterParams)[number]

/** Yes/no filters: `women_led=true` when on, absent when off. */
export const flagParams = ["women_led", "rural", "unique", "in_stock"] as const
export type FlagParam = (typeof flagParams)[number]

/**
 * Everything a results page shows is decided by this, read from and written to its URL, so a
 * copied link opens the same results. Every filter is a list of values; flags hold `["true"]`
 * when on, and the price at most one range key.
 */
export type SearchState = {
  q: string
  filters: Record<FilterParam, string[]>
  sort: SortKey
  page: number
}

export const maxQueryLength = 200
/** Engines stop paging deep (Meilisearch returns at most 1,000 hits): 40 pages of 24. */
export const maxSearchPage = 40
/** More values than this for one filter is not a person clicking; the rest are ignored. */
const maxValues = 20

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const isFlag = (value: string) => value === "true"
// Provinces are display strings ("Khénifra"), not codes: anything short and printable is tried.
const isProvince = (value: string) => value.length <= 80 && value.trim() === value && value !== "" && !/\p{C}/u.test(value)

const rules: Record<FilterParam, { valid: (value: string) => boolean; single?: true }> = {
  category: { valid: isCategoryHandle },
  price: { valid: (value) => priceRangeOf(value) !== undefined, single: true },
  material: { valid: isMaterial },
  technique: { valid: isTechnique },
  dye: { valid: isDye },
  size: { valid: isSizeBand },
  cooperative: { valid: (value) => value.length <= 64 && slug.test(value) },
  province: { valid: isProvince },
  women_led: { valid: isFlag, single: true },
  rural: { valid: isFlag, single: true },
  unique: { valid: isFlag, single: true },
  in_stock: { valid: isFlag, single: true },
}

type Params = URLSearchParams | Record<string, string | string[] | undefined>

function read(params: Params, name: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(name)
  const value = params[name]
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}

const noFilters = (): Record<FilterParam, string[]> =>
  Object.fromEntries(filterParams.map((param) => [param, []])) as unknown as Record<FilterParam, string[]>

/** A search for `q` with no filter, by relevance, first page. */
export function searchStateFor(q = ""): SearchState {
  return { q, filters: noFilters(), sort: "relevance", page: 1 }
}

/**
 * The search a URL asks for. Values that mean nothing here (an unknown material, a malformed
 * page, a second price range) are dropped, never an error: a stale or hand-edited link still
 * opens a results page.
 */
export function parseSearchState(params: Params): SearchState {
  const state = searchStateFor(
    (read(params, "q")[0] ?? "").replace(/\s+/g, " ").trim().slice(0, maxQueryLength).trim(),
  )
  for (const param of filterParams) {
    const { valid, single } = rules[param]
    const values = [...new Set(read(params, param).filter(valid))]
    state.filters[param] = values.slice(0, single ? 1 : maxValues)
  }
  const sort = read(params, "sort")[0]
  state.sort = sortKeys.find((key) => key === sort) ?? "relevance"
  state.page = Math.min(parsePage(read(params, "page")), maxSearchPage)
  return state
}

/** The URL query of a search, defaults left out, in a stable order. */
export function searchParamsOf(state: SearchState): URLSearchParams {
  const params = new URLSearchParams()
  if (state.q) params.set("q", state.q)
  for (const param of filterParams) for (const value of state.filters[param]) params.append(param, value)
  if (state.sort !== "relevance") params.set("sort", state.sort)
  if (state.page > 1) params.set("page", String(state.page))
  return params
}

/** The results page of a search, under a locale. */
export function searchHref(locale: Locale, state: SearchState): string {
  const query = searchParamsOf(state).toString()
  return `${localePath(locale, "/search")}${query ? `?${query}` : ""}`
}

export function isSelected(state: SearchState, param: FilterParam, value: string): boolean {
  return state.filters[param].includes(value)
}

/**
 * The search with `value` of `param` switched on or off, back on the first page. A single-valued
 * filter (price, flags) swaps its value instead of adding one.
 */
export function toggleFilter(state: SearchState, param: FilterParam, value: string): SearchState {
  const current = state.filters[param]
  const next = current.includes(value)
    ? current.filter((other) => other !== value)
    : rules[param].single
      ? [value]
      : [...current, value]
  return { ...state, filters: { ...state.filters, [param]: next }, page: 1 }
}

/** The same words and sort without any filter, first page. */
export function withoutFilters(state: SearchState): SearchState {
  return { ...state, filters: noFilters(), page: 1 }
}

/** The active filters, one `[param, value]` per value, in URL order. */
export function activeFilters(state: SearchState): [FilterParam, string][] {
  return filterParams.flatMap((param) => state.filters[param].map((value): [FilterParam, string] => [param, value]))
}
