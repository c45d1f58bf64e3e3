import type { Locale, Translated } from "@tiwizi/locale"
import { dyeOf, isNaturallyDyed } from "@tiwizi/crafts"

const AND: Translated = { fr: " et ", ar: " و", en: " and " }

/**
 * Joins words into a list the way each language writes it: "a, b et c", "a, b and c", and in
 * Arabic "أ وب وج", where the conjunction is a prefix of every word after the first.
 */
export function listOf(words: string[], locale: Locale): string {
  if (locale === "ar") return words.join(AND.ar)
  if (words.length < 2) return words.join("")
  return `${words.slice(0, -1).join(", ")}${AND[locale]}${words[words.length - 1]}`
}

/**
 * A clause naming a piece's colours, lower case and without a full stop so that it can end a
 * sentence ("laine filée main ; couleurs, toutes naturelles : rouge garance et écru naturel").
 */
export function coloursClause(dyeCodes: string[]): Translated {
  const natural = isNaturallyDyed(dyeCodes)
  return perLocale((locale) => {
    const shades = listOf(dyeCodes.map((code) => dyeOf(code).shade[locale]), locale)
    const head = { fr: "couleurs", ar: "الألوان", en: "colours" }[locale]
    const allNatural = { fr: ", toutes naturelles", ar: "، وكلها طبيعية", en: ", all natural" }[locale]
    return `${head}${natural ? allNatural : ""}${locale === "fr" ? " :" : ":"} ${shades}`
  })
}

/** The same clause as a sentence of its own. */
export function coloursSentence(dyeCodes: string[]): Translated {
  const clause = coloursClause(dyeCodes)
  return perLocale((locale) => `${clause[locale].charAt(0).toUpperCase()}${clause[locale].slice(1)}.`)
}

/** "155 × 240 cm" in French and English, "155 × 240 سم" in Arabic. */
export function dimensions(widthCm: number, lengthCm: number): Translated {
  const size = `${widthCm} × ${lengthCm}`
  return { fr: `${size} cm`, ar: `${size} سم`, en: `${size} cm` }
}

/** Joins translated sentences into one paragraph per language. */
export function paragraph(...sentences: Translated[]): Translated {
  const join = (locale: Locale) => sentences.map((sentence) => sentence[locale]).join(" ")
  return { fr: join("fr"), ar: join("ar"), en: join("en") }
}

/** A text in French, Arabic and English, in that order: keeps the data tables compact. */
export function tr(fr: string, ar: string, en: string): Translated {
  return { fr, ar, en }
}

/** Writes a text in each language with one function of the locale. */
export function perLocale(write: (locale: Locale) => string): Translated {
  return { fr: write("fr"), ar: write("ar"), en: write("en") }
}

/** A URL slug: lower case, no accents, no apostrophes, words joined by hyphens. */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/'/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
}
