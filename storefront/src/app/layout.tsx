import type { ReactNode } from "react"
import "./globals.css"

// The real root layout is [locale]/layout.tsx, which knows the language (`<html lang dir>`).
// This one exists so that app/not-found.tsx can answer paths outside any locale.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children
}
