/** The shop's languages. French is the default; Arabic is written right to left. */
export const locales = ["fr", "ar", "en"] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = "fr"

/** Text in each of the shop's languages. */
export type Translated = Record<Locale, string>

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value)
}

/** Text direction of a locale, for `<html dir>`. */
export function directionOf(locale: Locale): "rtl" | "ltr" {
  return locale === "ar" ? "rtl" : "ltr"
}

/**
 * The BCP 47 tag used for number, date and money formatting. Moroccan variants keep the
 * conventions customers here read every day (Arabic text with Latin digits, "MAD" amounts).
 */
export function intlTagOf(locale: Locale): string {
  return { fr: "fr-MA", ar: "ar-MA", en: "en-GB" }[locale]
}
