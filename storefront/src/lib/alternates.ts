import { defaultLocale, locales, type Locale } from "@tiwizi/locale"
import { localePath } from "./locale-path"

/**
 * The same page in every language, for `hreflang`: one entry per locale, and `x-default` on
 * the French page, the shop's default (where `/` leads).
 */
export function languageAlternates(path = "/"): Record<Locale | "x-default", string> {
  const languages = Object.fromEntries(locales.map((locale) => [locale, localePath(locale, path)])) as Record<Locale, string>
  return { ...languages, "x-default": languages[defaultLocale] }
}

/**
 * A page's `alternates` metadata: its canonical URL in the reader's language and its
 * translations. Paths are relative; the locale layout's `metadataBase` makes them absolute.
 */
export function alternatesFor(locale: Locale, path = "/") {
  return { canonical: localePath(locale, path), languages: languageAlternates(path) }
}
