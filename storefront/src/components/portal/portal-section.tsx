import Link from "next/link"
import type { ReactNode } from "react"

type Props = { id: string; icon: ReactNode; title: string; intro?: ReactNode; children: ReactNode }

/** One card of a portal page, named by its h2 (`aria-labelledby`) so it is a landmark of its own. */
export function PortalSection({ id, icon, title, intro, children }: Props) {
  return (
    <section aria-labelledby={id} className="rounded-2xl bg-wool/70 p-4 ring-1 ring-clay/70 sm:p-6">
      <h2 id={id} className="flex items-center gap-2 text-lg font-semibold">
        {icon}
        {title}
      </h2>
      {intro && <div className="mt-1 text-muted">{intro}</div>}
      <div className="mt-4">{children}</div>
    </section>
  )
}

/** A text link with its icon, at least 44 px tall; `external` opens another site in a new tab. */
export function IconLink({ href, icon, children, external }: { href: string; icon: ReactNode; children: ReactNode; external?: boolean }) {
  return (
    <Link
      href={href}
      {...(external ? { target: "_blank", rel: "noopener noreferrer" } : {})}
      className="inline-flex min-h-11 items-center gap-2 font-semibold text-terracotta-dark underline underline-offset-4"
    >
      <>
        {icon}
        {children}
      </>
    </Link>
  )
}
