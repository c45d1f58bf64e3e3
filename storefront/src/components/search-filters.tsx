import { formatNumber, type Locale } from "@tiwizi/locale"
import Link from "next/link"
import type { FacetGroup } from "@/lib/search-facets"
import { toggleFilter, type SearchState } from "@/lib/search-state"

type Props = {
  groups: FacetGroup[]
  state: SearchState
  locale: Locale
  /** The page's URL for a state (its own path, with the state's query). */
  hrefOf: (state: SearchState) => string
  /** The box titles, by group ("Matière"), already translated. */
  titles: Record<FacetGroup["id"], string>
}

/**
 * The filter boxes of the search page and of category, collection and cooperative pages. Every
 * value is a link to the same page with that value switched on or off, so filtering needs no
 * JavaScript and every state has its URL; the links act as checkboxes (`role="checkbox"`,
 * `aria-checked`). A box is folded unless one of its values is on, which keeps the results near
 * the top on a phone.
 */
export function SearchFilters({ groups, state, locale, hrefOf, titles }: Props) {
  return (
    <div className="divide-y divide-clay border-y border-clay">
      {groups.map((group) => {
        const chosen = group.options.filter((option) => option.selected).length
        const titleId = `filter-${group.id}`
        return (
          <details key={group.id} open={chosen > 0} className="group py-1">
            <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 font-semibold [&::-webkit-details-marker]:hidden">
              <span id={titleId} className="me-auto">
                {titles[group.id]}
              </span>
              {chosen > 0 && (
                <span className="rounded-full bg-indigo px-2 text-xs leading-5 text-sand tabular-nums">{formatNumber(chosen, locale)}</span>
              )}
              <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" className="text-muted transition group-open:rotate-180">
                <path d="m5 7.5 5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
              </svg>
            </summary>
            <div role="group" aria-labelledby={titleId}>
              <ul className="pb-2">
                {group.options.map((option) => (
                  <li key={`${option.param}=${option.value}`}>
                    <Link
                      href={hrefOf(toggleFilter(state, option.param, option.value))}
                      role="checkbox"
                      aria-checked={option.selected}
                      prefetch={false}
                      rel="nofollow"
                      className={`flex min-h-11 items-center gap-2.5 rounded-lg pe-2 text-sm hover:bg-wool ${option.nested ? "ps-6" : "ps-1"}`}
                    >
                      <span
                        aria-hidden="true"
                        className={`grid size-4 shrink-0 place-items-center rounded border ${option.selected ? "border-terracotta bg-terracotta text-sand" : "border-muted bg-sand"}`}
                      >
                        {option.selected && (
                          <svg viewBox="0 0 12 12" width="10" height="10">
                            <path d="m2 6.5 2.5 2.5L10 3.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
                          </svg>
                        )}
                      </span>
                      <span className="flex-1">{option.label}</span>
                      <span className="text-xs text-muted tabular-nums">{formatNumber(option.count, locale)}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          </details>
        )
      })}
    </div>
  )
}
