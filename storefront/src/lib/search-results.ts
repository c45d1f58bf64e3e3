import type { SearchHit } from "@medusajs/types"
import type { CurrencyCode, Locale } from "@tiwizi/locale"
import type { CardProduct } from "./cards"
import { priceField, titleField } from "./search-query"

/**
 * A product as the search index returns it (`POST /store/search`): only the fields the query
 * selected are present, and any of them may be missing on a document indexed from incomplete
 * data, so readers check each one.
 */
export type SearchDocument = Partial<{
  id: string
  handle: string
  title_fr: string
  title_ar: string
  title_en: string
  thumbnail: string | null
  cooperative_handle: string
  cooperative_name: string
  price_mad: number | null
  price_eur: number | null
  price_usd: number | null
}>

const text = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined)

/**
 * A hit as a product card: the title in the reader's language (French, the catalogue's own, when
 * a translation is missing) and the price in the visitor's currency (`null` when the product has
 * none there, which the card says in words).
 */
export function searchCard(hit: SearchHit<SearchDocument>, locale: Locale, currency: CurrencyCode): CardProduct {
  const document = hit.document as Record<string, unknown>
  const amount = document[priceField(currency)]
  const handle = text(document.handle) ?? hit.id
  return {
    id: hit.id,
    handle,
    title: text(document[titleField(locale)]) ?? text(document.title_fr) ?? handle,
    thumbnail: text(document.thumbnail) ?? null,
    price: typeof amount === "number" && Number.isFinite(amount) ? { amount, currency, varies: false } : null,
  }
}

// What the engine's normal form folds away (case, accents, Arabic vowels, ة/ه, ى/ي, spacing):
// an answer that differs from the typed words only by these was not corrected.
const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, "")
    .replace(/\u0629/g, "\u0647")
    .replace(/\u0649/g, "\u064a")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()

/**
 * The query the engine really ran (`metadata.query`) when it corrected what was typed
 * ("khnifra" → "khenifra"); `null` when it ran the typed words, give or take normalisation.
 */
export function correctedQuery(typed: string, engine: string | undefined): string | null {
  if (!engine?.trim() || fold(engine) === fold(typed)) return null
  return engine.trim()
}
