import Link from "next/link"
import { toggleFilter, withoutFilters, type FilterParam, type SearchState } from "@/lib/search-state"

type Props = {
  chips: { param: FilterParam; value: string; label: string }[]
  state: SearchState
  hrefOf: (state: SearchState) => string
  labels: { list: string; clearAll: string; remove: (label: string) => string }
}

/**
 * The filters in force, each a link that removes it, and one that removes them all; `hrefOf`
 * gives the page's own URL for a state (the search page, or a category, collection or cooperative).
 */
export function SearchChips({ chips, state, hrefOf, labels }: Props) {
  if (chips.length === 0) return null
  return (
    <div className="flex flex-wrap items-center gap-2">
      <ul aria-label={labels.list} className="flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={`${chip.param}=${chip.value}`}>
            <Link
              href={hrefOf(toggleFilter(state, chip.param, chip.value))}
              aria-label={labels.remove(chip.label)}
              prefetch={false}
              rel="nofollow"
              className="inline-flex min-h-11 items-center gap-1.5 rounded-full bg-indigo ps-3 pe-2.5 text-sm text-sand hover:bg-indigo-dark"
            >
              {chip.label}
              <span aria-hidden="true" className="text-base leading-none">
                ×
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <Link
        href={hrefOf(withoutFilters(state))}
        prefetch={false}
        className="inline-flex min-h-11 items-center px-2 text-sm font-medium text-indigo underline underline-offset-4"
      >
        {labels.clearAll}
      </Link>
    </div>
  )
}
