import type { Locale } from "@tiwizi/locale"
import Link from "next/link"
import type { CardProduct } from "@/lib/cards"
import { localePath } from "@/lib/locale-path"
import { searchHref, searchStateFor, withoutFilters, type SearchState } from "@/lib/search-state"

type Props = {
  state: SearchState
  locale: Locale
  /** The engine's correction of the words, when it made one. */
  corrected: string | null
  /** Products found by a looser search (any word, with typos). */
  suggestions: Pick<CardProduct, "id" | "handle" | "title">[]
  hasFilters: boolean
  labels: { title: string; didYouMean: string; dropFilters: string }
}

/** Zero results: say so, offer what a looser search found, and a way out of the filters. */
export function SearchNoResults({ state, locale, corrected, suggestions, hasFilters, labels }: Props) {
  const linkClass = "font-medium text-indigo underline underline-offset-4"
  return (
    <div className="rounded-2xl bg-wool p-6 sm:p-8">
      <p className="text-lg font-semibold">{labels.title}</p>
      {(corrected || suggestions.length > 0) && (
        <div className="mt-4">
          <p>{labels.didYouMean}</p>
          <ul className="mt-2 space-y-1.5">
            {corrected && (
              <li>
                <Link href={searchHref(locale, { ...searchStateFor(corrected), sort: state.sort })} className={linkClass}>
                  {corrected}
                </Link>
              </li>
            )}
            {suggestions.map((product) => (
              <li key={product.id}>
                <Link href={localePath(locale, `/products/${product.handle}`)} className={linkClass}>
                  {product.title}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      {hasFilters && (
        <p className="mt-5">
          <Link href={searchHref(locale, withoutFilters(state))} className={linkClass}>
            {labels.dropFilters}
          </Link>
        </p>
      )}
    </div>
  )
}
