import { formatMoney, isCurrency, isLocale, type CurrencyCode, type Locale } from "@tiwizi/locale"
import type { CardProduct } from "./cards"
import { localePath } from "./locale-path"

/** The header box sends what a person types, not documents: a longer query is refused. */
export const maxInstantQueryLength = 100

export type InstantQuery = { q: string; locale: Locale; currency: CurrencyCode }

/** One line of the header's instant results, ready to show: no formatting left to the browser. */
export type InstantHit = { id: string; title: string; href: string; thumbnail: string | null; price: string | null }

/** The answer of `GET /api/search`: the hits and a sentence for screen readers. */
export type InstantResults = { query: string; summary: string; hits: InstantHit[] }

/**
 * Reads `GET /api/search?q=&locale=&currency=`. Every parameter is required and checked; the
 * reason for a refusal is said in plain words (the 400's `message`).
 */
export function parseInstantQuery(params: URLSearchParams): { ok: true; value: InstantQuery } | { ok: false; message: string } {
  const q = (params.get("q") ?? "").replace(/\s+/g, " ").trim()
  const locale = params.get("locale")
  const currency = params.get("currency")?.toLowerCase()
  if (!q) return { ok: false, message: "q is required: the words to search for" }
  if (q.length > maxInstantQueryLength) return { ok: false, message: `q is too long: at most ${maxInstantQueryLength} characters` }
  if (!isLocale(locale)) return { ok: false, message: "locale must be one of fr, ar, en" }
  if (!isCurrency(currency)) return { ok: false, message: "currency must be one of mad, eur, usd" }
  return { ok: true, value: { q, locale, currency } }
}

/** A card as an instant result line, its price formatted for the reader. */
export function instantHit(card: CardProduct, locale: Locale): InstantHit {
  return {
    id: card.id,
    title: card.title,
    href: localePath(locale, `/products/${card.handle}`),
    thumbnail: card.thumbnail,
    price: card.price && formatMoney(card.price.amount, card.price.currency, locale),
  }
}
