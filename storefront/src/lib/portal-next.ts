import type { Locale } from "@tiwizi/locale"
import { safeNextPath } from "./account-next"
import { localePath } from "./locale-path"

const portalPattern = /^\/[a-z]{2}\/cooperative(?:\/|$)/
// These pages send a logged-in member on to `next`: `next` naming one of them would loop.
const authPattern = /^\/[a-z]{2}\/cooperative\/(?:login|register|forgot-password|reset-password)(?:\/|$)/

/**
 * Where to send a member once they are logged in: `next` when it is a page of the portal under
 * a locale (`/ar/cooperative/join?token=…`), else the portal's home. A shop page is refused as
 * well as another site: the portal's login must not become a way into the shop's pages, and an
 * open redirect would make it a phishing relay.
 */
export function safePortalNext(value: unknown, locale: Locale): string {
  const home = localePath(locale, "/cooperative")
  const path = safeNextPath(value, locale)
  const pathname = path.split(/[?#]/, 1)[0]
  return portalPattern.test(pathname) && !authPattern.test(pathname) ? path : home
}

/** An auth page of the portal (`/cooperative/login`), coming back to `next` afterwards when there is one. */
export function portalAuthPath(locale: Locale, page: "login" | "register", next?: string): string {
  const path = localePath(locale, `/cooperative/${page}`)
  if (!next) return path
  const safe = safePortalNext(next, locale)
  return safe === localePath(locale, "/cooperative") ? path : `${path}?${new URLSearchParams({ next: safe })}`
}
