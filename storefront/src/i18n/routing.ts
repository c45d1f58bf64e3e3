import { defaultLocale, locales } from "@tiwizi/locale"
import { defineRouting } from "next-intl/routing"

/**
 * The shop's URL scheme: every page lives under its locale (`/fr/...`, `/ar/...`, `/en/...`).
 *
 * Locale detection is off on purpose: `/` always leads to French, the shop's default, whatever
 * the browser's `Accept-Language` says, so shared links and crawlers see one stable answer. The
 * header's switcher is how a visitor changes language, and the URL then carries the choice, so
 * no locale cookie is needed either (one fewer `Set-Cookie` on every response).
 */
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "always",
  localeDetection: false,
  localeCookie: false,
})
