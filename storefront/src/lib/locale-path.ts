import { isLocale, type Locale } from "@tiwizi/locale"

/** An app path (`/products/x`) under a locale (`/ar/products/x`). */
export function localePath(locale: Locale, path = "/"): string {
  const rest = path === "/" ? "" : path.startsWith("/") ? path : `/${path}`
  return `/${locale}${rest}`
}

/**
 * The same page in another locale: `/fr/products/x?page=2` → `/ar/products/x?page=2`. A path
 * without a locale prefix is treated as an app path.
 */
export function switchLocalePath(pathname: string, search: string, locale: Locale): string {
  const segments = pathname.split("/")
  const rest = isLocale(segments[1]) ? segments.slice(2).join("/") : segments.slice(1).join("/")
  return `${localePath(locale, rest ? `/${rest}` : "/")}${search}`
}
