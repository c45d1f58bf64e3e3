import type { Locale } from "@tiwizi/locale"

/** A text in some of the shop's languages; French is the product's own field, the others translations. */
export type TranslatedText = Partial<Record<Locale, string>>

/**
 * What a member may change on a listing besides price and stock, in the shape the vendor update
 * route accepts: texts per language, the category's handle, the image URLs in display order (the
 * first is the thumbnail) and provenance fields. Absent fields stay as they are.
 */
export type ListingChanges = {
  title?: TranslatedText
  subtitle?: TranslatedText
  description?: TranslatedText
  category?: string
  images?: string[]
  provenance?: Record<string, unknown>
}

const texts = ["title", "subtitle", "description"] as const

/**
 * A pending revision's changes with a newer edit on top: texts merge language by language and
 * provenance field by field, so an Arabic title sent after a French one keeps both; the category
 * and the image list are replaced.
 */
export function mergeChanges(previous: ListingChanges, next: ListingChanges): ListingChanges {
  const merged: ListingChanges = { ...previous, ...next }
  for (const field of texts) {
    if (previous[field] && next[field]) merged[field] = { ...previous[field], ...next[field] }
  }
  if (previous.provenance && next.provenance) merged.provenance = { ...previous.provenance, ...next.provenance }
  return merged
}
