import type { Locale } from "@tiwizi/locale"
import { localePath } from "@/lib/locale-path"
import { searchParamsOf, sortKeys, type SearchState, type SortKey } from "@/lib/search-state"

type Props = { state: SearchState; locale: Locale; labels: { label: string; apply: string; options: Record<SortKey, string> } }

/**
 * The order of the results: a GET form carrying the rest of the search as hidden fields, so it
 * works without JavaScript. It applies with its button, not on change: a select that navigates
 * while someone walks its options with the arrow keys takes them somewhere they did not choose.
 */
export function SearchSort({ state, locale, labels }: Props) {
  const kept = [...searchParamsOf({ ...state, sort: "relevance", page: 1 })]
  return (
    <form action={localePath(locale, "/search")} method="get" className="flex items-center gap-2 text-sm">
      {kept.map(([name, value], index) => (
        <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor="search-sort" className="text-muted">
        {labels.label}
      </label>
      <select id="search-sort" name="sort" defaultValue={state.sort} className="min-h-10 rounded-full border border-clay bg-wool px-3">
        {sortKeys.map((key) => (
          <option key={key} value={key}>
            {labels.options[key]}
          </option>
        ))}
      </select>
      <button type="submit" className="min-h-10 rounded-full border border-clay px-4 font-medium hover:bg-wool">
        {labels.apply}
      </button>
    </form>
  )
}
