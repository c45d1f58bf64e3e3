import type { ReactNode } from "react"

type Props = { icon: ReactNode; title: string; intro?: string; notice?: string; children: ReactNode; footer?: ReactNode }

/** The frame of the portal's login, registration, password and invitation pages: one narrow column. */
export function AuthFrame({ icon, title, intro, notice, children, footer }: Props) {
  return (
    <div className="mx-auto max-w-md px-4 pb-16 pt-6 sm:pt-10">
      <h1 className="flex items-center gap-3 text-2xl font-bold tracking-tight sm:text-3xl">
        <span className="inline-flex size-11 shrink-0 items-center justify-center rounded-full bg-wool text-terracotta-dark">{icon}</span>
        {title}
      </h1>
      {intro && <p className="mt-3 text-muted">{intro}</p>}
      {notice && (
        <p role="status" className="mt-5 rounded-xl border border-olive/40 bg-wool p-4 font-medium text-olive">
          {notice}
        </p>
      )}
      <div className="mt-6">{children}</div>
      {footer && <div className="mt-8 space-y-1 border-t border-clay pt-6">{footer}</div>}
    </div>
  )
}
