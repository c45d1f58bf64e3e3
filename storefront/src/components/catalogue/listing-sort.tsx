import { listingSort, listingSortKeys } from "@/lib/listing"
import { searchParamsOf, type SearchState } from "@/lib/search-state"

type Props = {
  state: SearchState
  /** The listing's own path: the form submits to it. */
  action: string
  labels: { label: string; apply: string; options: Record<(typeof listingSortKeys)[number], string> }
}

/**
 * The order of a listing: a GET form carrying the filters as hidden fields, so it works without
 * JavaScript, applied with its button (a select that navigates on change takes keyboard users
 * somewhere they did not choose).
 */
export function ListingSort({ state, action, labels }: Props) {
  const kept = [...searchParamsOf({ ...state, q: "", sort: "relevance", page: 1 })]
  return (
    <form action={action} method="get" className="flex items-center gap-2 text-sm">
      {kept.map(([name, value], index) => (
        <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor="listing-sort" className="text-muted">
        {labels.label}
      </label>
      <select id="listing-sort" name="sort" defaultValue={listingSort(state)} className="min-h-11 rounded-full border border-clay bg-wool px-3">
        {listingSortKeys.map((key) => (
          <option key={key} value={key}>
            {labels.options[key]}
          </option>
        ))}
      </select>
      <button type="submit" className="min-h-11 rounded-full border border-clay px-4 font-medium hover:bg-wool">
        {labels.apply}
      </button>
    </form>
  )
}
