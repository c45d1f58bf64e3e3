import type { Locale } from "@tiwizi/locale"

/**
 * A link to a storefront page in the reader's language: `<STOREFRONT_URL>/<locale><path>`, the
 * storefront's public address coming from the environment like everywhere else in the backend.
 */
export function storefrontLink(locale: Locale, path: string, query?: Record<string, string>): string {
  const base = (process.env.STOREFRONT_URL ?? "http://localhost:8000").replace(/\/+$/, "")
  const search = query ? `?${new URLSearchParams(query)}` : ""
  return `${base}/${locale}${path}${search}`
}
