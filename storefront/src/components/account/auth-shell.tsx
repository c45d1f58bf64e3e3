import type { ReactNode } from "react"

type Props = { title: string; intro?: string; notice?: string; children: ReactNode; footer?: ReactNode }

/** The frame of the login, registration and password pages: one narrow column, phone first. */
export function AuthShell({ title, intro, notice, children, footer }: Props) {
  return (
    <div className="mx-auto max-w-md px-4 pb-16 pt-8 sm:pt-12">
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      {intro && <p className="mt-2 text-muted">{intro}</p>}
      {notice && (
        <p role="status" className="mt-5 rounded-xl border border-olive/40 bg-wool p-4 font-medium text-olive">
          {notice}
        </p>
      )}
      <div className="mt-6">{children}</div>
      {footer && <div className="mt-8 space-y-2 border-t border-clay pt-6 text-sm">{footer}</div>}
    </div>
  )
}
