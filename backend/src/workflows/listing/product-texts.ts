import { isLocale } from "@tiwizi/locale"
import type { TranslatedText } from "../../modules/listing/changes"

/**
 * A listing's texts come in the language its member writes: rural members often write Arabic
 * only, and staff may add the French at review. The product's own field (what every locale
 * without a translation shows, French included) holds the French if given, otherwise the
 * Arabic, otherwise the English; Arabic and English are also stored as translations, as always.
 */
export function baseText(text: TranslatedText): string | undefined {
  return text.fr ?? text.ar ?? text.en
}

/**
 * A product's text in the languages it was given, from its own field and its translations: the
 * inverse of {@link baseText}. The own field is French unless it is a copy of the Arabic (or,
 * without Arabic, the English) text, which is how a text with no French was stored. French
 * identical to that text reads as absent: the shop shows the same words either way. A product
 * staff gave French in Medusa Admin reads as French, since its own field no longer copies the
 * Arabic.
 */
export function readTexts(base: string | null | undefined, translations: TranslatedText): TranslatedText {
  const { fr, ar, en } = translations
  const copied = fr === undefined && typeof base === "string" && base === (ar ?? en)
  return Object.fromEntries(
    Object.entries({ fr: copied ? undefined : (fr ?? base), ar, en }).filter(([, value]) => value !== undefined),
  ) as TranslatedText
}

/** A Translation Module record, as `listTranslations` returns it. */
export type TranslationRecord = { reference_id?: string; locale_code: string; translations: unknown }

/** One field's translations, by locale, among one record's `translations`. */
export function translatedField(translations: TranslationRecord[], field: string): TranslatedText {
  const text: TranslatedText = {}
  for (const translation of translations) {
    const value = (translation.translations as Record<string, string> | null)?.[field]
    if (value && isLocale(translation.locale_code)) text[translation.locale_code] = value
  }
  return text
}
