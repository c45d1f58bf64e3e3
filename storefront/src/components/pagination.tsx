import Link from "next/link"
import { ChevronBack, ChevronForward } from "./icons"

type Props = {
  page: number
  total: number
  /** The listing's URL, which may carry a query (a search); pages after the first add `page=N`. */
  basePath: string
  labels: { nav: string; previous: string; next: string; pageOf: string }
}

const hrefFor = (basePath: string, page: number) =>
  page <= 1 ? basePath : `${basePath}${basePath.includes("?") ? "&" : "?"}page=${page}`

/** Previous / next links and where the visitor is, for listings longer than one page. */
export function Pagination({ page, total, basePath, labels }: Props) {
  if (total <= 1) return null
  const linkClass =
    "inline-flex min-h-11 items-center gap-1.5 rounded-full border border-clay px-4 font-medium hover:bg-wool"
  return (
    <nav aria-label={labels.nav} className="mt-10 flex items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={hrefFor(basePath, page - 1)} rel="prev" className={linkClass}>
          <ChevronBack />
          {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-muted" aria-current="page">{labels.pageOf}</p>
      {page < total ? (
        <Link href={hrefFor(basePath, page + 1)} rel="next" className={linkClass}>
          {labels.next}
          <ChevronForward />
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
