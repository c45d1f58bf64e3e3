import { directionOf, type Locale } from "@tiwizi/locale"
import type { ReactNode } from "react"

/** The document element: language and writing direction (`rtl` for Arabic) for the locale. */
export function HtmlDocument({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body className="flex min-h-screen flex-col">{children}</body>
    </html>
  )
}
