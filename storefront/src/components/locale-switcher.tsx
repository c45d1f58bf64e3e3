"use client"

import { locales, type Locale } from "@tiwizi/locale"
import Link from "next/link"
import { usePathname, useSearchParams } from "next/navigation"
import { switchLocalePath } from "@/lib/locale-path"

/** Each language named in itself, as a visitor who reads only that language looks for it. */
const nativeNames: Record<Locale, string> = { fr: "Français", ar: "العربية", en: "English" }
const shortNames: Record<Locale, string> = { fr: "FR", ar: "ع", en: "EN" }

/** Links to the current page in the other languages (path and query kept). */
export function LocaleSwitcher({ current, label }: { current: Locale; label: string }) {
  const pathname = usePathname()
  const query = useSearchParams().toString()
  return (
    <nav aria-label={label}>
      <ul className="flex items-center gap-1 text-sm">
        {locales.map((locale) => (
          <li key={locale}>
            <Link
              href={switchLocalePath(pathname, query ? `?${query}` : "", locale)}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? "true" : undefined}
              title={nativeNames[locale]}
              prefetch={false}
              className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-full px-2.5 font-medium text-muted hover:bg-wool hover:text-ink aria-[current]:bg-indigo aria-[current]:text-sand"
            >
              {/* The name read out holds the visible words (WCAG 2.5.3): on a phone the short
                  code, then the language's full name for screen readers. */}
              <span className="sm:hidden">
                {shortNames[locale]}
                <span className="sr-only"> {nativeNames[locale]}</span>
              </span>
              <span className="hidden sm:inline">{nativeNames[locale]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
