import type { Metadata } from "next"
import type { ReactNode } from "react"

// A customer's pages are theirs alone: none of them (login forms included) belongs in a search
// engine. Declared once here, every page below inherits it.
export const metadata: Metadata = { robots: { index: false, follow: false } }

export default function AccountLayout({ children }: { children: ReactNode }) {
  return children
}
