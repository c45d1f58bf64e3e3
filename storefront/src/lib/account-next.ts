import { isLocale, type Locale } from "@tiwizi/locale"
import { localePath } from "./locale-path"

// Anything that is not a plain path of this shop falls back to the account overview: an open
// redirect (`//evil.example`, `/\evil.example`, `https://…`) would turn our login page into a
// phishing relay, and a path outside a locale would lose the visitor's language.
const localPathPattern = /^\/[a-z]{2}(?:[/?#]|$)/

/**
 * Where to send a customer after they log in: the `next` parameter when it is a path of this
 * shop under a locale (`/fr/account/orders?page=2`), else their account overview.
 */
export function safeNextPath(value: unknown, locale: Locale): string {
  const fallback = localePath(locale, "/account")
  if (typeof value !== "string" || value.length > 512) return fallback
  // Browsers read a backslash as a slash and ignore tabs and newlines inside URLs.
  if (/[\\\s\p{Cc}]/u.test(value) || !value.startsWith("/") || value.startsWith("//")) return fallback
  const origin = "http://tiwizi.invalid"
  const url = new URL(value, origin)
  // Checked after parsing too: `/fr/../cart` resolves outside any locale.
  if (url.origin !== origin || !localPathPattern.test(url.pathname) || !isLocale(url.pathname.slice(1, 3))) return fallback
  return `${url.pathname}${url.search}${url.hash}`
}

/** The login page, coming back to `next` (a local path) once the customer is in. */
export function loginPath(locale: Locale, next?: string): string {
  const login = localePath(locale, "/account/login")
  if (!next) return login
  const safe = safeNextPath(next, locale)
  return safe === localePath(locale, "/account") ? login : `${login}?${new URLSearchParams({ next: safe })}`
}
