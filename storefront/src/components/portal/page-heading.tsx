import type { ReactNode } from "react"

/** A portal page's one h1, with its icon and an optional line under it. */
export function PageHeading({ icon, title, intro }: { icon: ReactNode; title: string; intro?: ReactNode }) {
  return (
    <div className="mb-6">
      <h1 className="flex items-center gap-3 text-2xl font-bold tracking-tight sm:text-3xl">
        <span className="inline-flex size-11 shrink-0 items-center justify-center rounded-full bg-wool text-terracotta-dark">{icon}</span>
        <span className="min-w-0">{title}</span>
      </h1>
      {intro && <div className="mt-2 text-muted">{intro}</div>}
    </div>
  )
}
