import type { SearchBoxLabels } from "./search-box"
import { SearchIcon } from "./icons"

/** The box and its button look the same before and after `SearchBox` takes over. */
export const searchInputClass = "min-h-11 w-full rounded-full border border-clay bg-wool ps-4 pe-12 placeholder:text-muted focus:border-indigo"
export const searchButtonClass = "absolute inset-y-0 end-0 inline-flex min-w-11 items-center justify-center rounded-full text-ink/80 hover:text-ink"

/**
 * The header's search as plain HTML: what a page prerendered without the visitor's URL shows
 * until `SearchBox` hydrates (it reads the URL's `q`), and all there is without JavaScript.
 */
export function SearchForm({ action, labels }: { action: string; labels: SearchBoxLabels }) {
  return (
    <form role="search" action={action} method="get" className="relative">
      <input
        name="q"
        type="search"
        aria-label={labels.label}
        autoComplete="off"
        enterKeyHint="search"
        maxLength={100}
        placeholder={labels.placeholder}
        className={searchInputClass}
      />
      <button
        type="submit"
        aria-label={labels.submit}
        className={searchButtonClass}
      >
        <SearchIcon />
      </button>
    </form>
  )
}
