import { defaultLocale, isLocale, type Locale } from "@tiwizi/locale"

/**
 * The language to write to someone in, from a stored locale: a cart's or order's BCP 47 tag
 * (`ar`, `ar-MA`) or a reset request's `metadata.locale`. Anything else gets French, the shop's
 * reference language.
 */
export function emailLocale(value: unknown): Locale {
  if (typeof value !== "string") return defaultLocale
  const language = value.split("-")[0].toLowerCase()
  return isLocale(language) ? language : defaultLocale
}
