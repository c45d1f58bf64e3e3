import { locales, type Locale } from "@tiwizi/locale"

/** The three texts of a listing in one language, as typed. */
export type ListingTexts = { title: string; subtitle: string; description: string }

/** One variant's price (MAD) and stock, as typed; `id` is null until the backend created it. */
export type VariantValues = { id: string | null; title: string; price: string; stock: string }

/**
 * What the listing wizard holds, as typed (numbers stay strings until they are checked, so a
 * half-typed "12," survives a reload). Codes are `@tiwizi/crafts`'s; `language` is the one the
 * member writes in, the others are optional translations.
 */
export type ListingValues = {
  category: string
  width: string
  length: string
  technique: string
  materials: string[]
  dyeKind: string
  dyes: string[]
  workHours: string
  oneOfAKind: boolean
  language: Locale
  texts: Record<Locale, ListingTexts>
  /** Once the member changes the subtitle, it is no longer rewritten from the category and size. */
  subtitleEdited: boolean
  variants: VariantValues[]
}

export const textLimits: Record<keyof ListingTexts, number> = { title: 200, subtitle: 200, description: 5000 }

const noTexts = (): Record<Locale, ListingTexts> =>
  Object.fromEntries(locales.map((locale) => [locale, { title: "", subtitle: "", description: "" }])) as Record<Locale, ListingTexts>

/** A new listing: nothing chosen yet, written in the page's language, one piece of one variant. */
export function emptyListingValues(language: Locale): ListingValues {
  return {
    category: "",
    width: "",
    length: "",
    technique: "",
    materials: [],
    dyeKind: "",
    dyes: [],
    workHours: "",
    oneOfAKind: true,
    language,
    texts: noTexts(),
    subtitleEdited: false,
    variants: [{ id: null, title: "", price: "", stock: "1" }],
  }
}

/** How a size is written after the category, per language (Arabic has its own comma and unit). */
const sizeWords: Record<Locale, { comma: string; unit: string }> = {
  fr: { comma: ",", unit: "cm" },
  en: { comma: ",", unit: "cm" },
  ar: { comma: "،", unit: "سم" },
}

/**
 * The subtitle the wizard proposes in `language`: the category, and the size when both sides
 * are known ("Tapis zayane de Khénifra, 200 × 300 cm"). Digits stay Latin, as everywhere in
 * the shop.
 */
export function suggestedSubtitle(categoryLabel: string, width: string, length: string, language: Locale): string {
  const w = normalizeDigits(width).trim()
  const l = normalizeDigits(length).trim()
  const { comma, unit } = sizeWords[language]
  return w && l ? `${categoryLabel}${comma} ${w} × ${l} ${unit}` : categoryLabel
}

/**
 * The values with the subtitle proposed in the writing language, until the member writes their
 * own: called after every change, so choosing a category, a size or a language keeps it right.
 * `categoryLabels` are the chosen category's labels, absent while none is chosen.
 */
export function withSuggestedSubtitle(values: ListingValues, categoryLabels: Record<Locale, string> | undefined): ListingValues {
  if (values.subtitleEdited || !categoryLabels) return values
  const subtitle = suggestedSubtitle(categoryLabels[values.language], values.width, values.length, values.language)
  const current = values.texts[values.language]
  if (current.subtitle === subtitle) return values
  return { ...values, texts: { ...values.texts, [values.language]: { ...current, subtitle } } }
}

/**
 * Latin digits for what was typed on an Arabic keyboard (٠١٢… and the Persian ۰۱۲…): the
 * backend and the shop read Latin digits only. Both ranges start at a code point ending in 0,
 * so a digit's low four bits are its value.
 */
export function normalizeDigits(value: string): string {
  return value.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => String(digit.charCodeAt(0) & 0xf))
}

/** A whole number as typed ("120", "١٢٠"): `null` when empty, `NaN` when not a whole number. */
export function parseWhole(value: string): number | null {
  const text = normalizeDigits(value).trim()
  if (!text) return null
  return /^\d{1,9}$/.test(text) ? Number(text) : Number.NaN
}

/**
 * An amount of money as typed: spaces between thousands and a decimal comma are what a French
 * or Moroccan member types ("1 250,50"). `null` when empty, `NaN` when not a number.
 */
export function parseAmount(value: string): number | null {
  const text = normalizeDigits(value).replace(/[\s\u00a0\u202f]/g, "").replace(",", ".")
  if (!text) return null
  return /^\d{1,9}(\.\d+)?$/.test(text) ? Number(text) : Number.NaN
}
