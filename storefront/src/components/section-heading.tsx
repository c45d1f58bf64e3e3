import Link from "next/link"
import { ChevronForward } from "./icons"

/** A section title with an optional "see all" link at the end of the line. */
export function SectionHeading({ id, title, href, linkLabel }: { id: string; title: string; href?: string; linkLabel?: string }) {
  return (
    <div className="mb-4 flex items-end justify-between gap-4">
      <h2 id={id} className="text-xl font-semibold tracking-tight sm:text-2xl">
        {title}
      </h2>
      {href && linkLabel && (
        <Link href={href} className="inline-flex min-h-11 shrink-0 items-center gap-1 font-medium text-indigo hover:underline">
          {linkLabel}
          <ChevronForward />
        </Link>
      )}
    </div>
  )
}
