import type { LocalizedAttributes } from "meilisearch"

/**
 * The shop's languages as Meilisearch names them (ISO 639-3). Fields carrying one language end in
 * its suffix (`search_title_ar`); telling Meilisearch so makes it segment and normalise each with
 * that language's pipeline instead of guessing the language per document.
 */
const LANGUAGES = [
  { suffix: "_ar", iso1: "ar", locale: "ara" },
  { suffix: "_fr", iso1: "fr", locale: "fra" },
  { suffix: "_en", iso1: "en", locale: "eng" },
] as const

/** The `localizedAttributes` setting for these attribute paths: one rule per language present. */
export function localizedAttributes(paths: readonly string[]): LocalizedAttributes {
  return LANGUAGES.flatMap(({ suffix, locale }) => {
    const attributePatterns = paths.filter((path) => path.endsWith(suffix))
    return attributePatterns.length ? [{ attributePatterns, locales: [locale] }] : []
  })
}

/**
 * A query's language hints (`fr`, `ar-MA`, `eng`) as Meilisearch locales: the shop's languages map
 * to the codes its index settings use; any other code goes through as its language part, for
 * Meilisearch to accept or reject.
 */
export function queryLocales(locales: readonly string[]): string[] {
  return locales.map((locale) => {
    const language = locale.toLowerCase().split(/[-_]/)[0]
    return LANGUAGES.find(({ iso1 }) => iso1 === language)?.locale ?? language
  })
}
