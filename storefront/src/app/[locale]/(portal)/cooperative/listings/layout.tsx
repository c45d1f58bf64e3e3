import type { ReactNode } from "react"

/** The listings' pages share the portal's reading width (the portal's layout keeps them out of search engines). */
export default function ListingsLayout({ children }: { children: ReactNode }) {
  return <div className="mx-auto w-full max-w-3xl px-4 pt-6 pb-10">{children}</div>
}
