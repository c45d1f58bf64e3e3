import type { ListingChanges, TranslatedText } from "../../../../modules/listing/changes"

/** A product as the vendor reader returns it, reduced to what review compares. */
export type ReviewedProduct = {
  title: TranslatedText
  subtitle: TranslatedText
  description: TranslatedText
  category: string | null
  images: string[]
  provenance: Record<string, unknown> | null
  variants: { title: string; sku: string | null; prices: Record<string, number>; stock: number }[]
}

/** What staff compare, in the order the review page shows it. */
export const comparedFields = ["title", "subtitle", "description", "category", "images", "provenance", "variants"] as const
export type ComparedField = (typeof comparedFields)[number]

/** One field of a listing before and after the change staff are asked to approve; `before` is null for a new listing. */
export type FieldChange = { field: ComparedField; before: unknown; after: unknown }

// Record bookkeeping, not provenance: staff have nothing to decide about them.
const bookkeeping = new Set(["id", "created_at", "updated_at", "deleted_at"])

function provenanceOf(provenance: Record<string, unknown> | null): Record<string, unknown> | null {
  if (!provenance) return null
  return Object.fromEntries(Object.entries(provenance).filter(([key]) => !bookkeeping.has(key)))
}

/**
 * A listing in review has never been live (a live one changes through revisions), so nothing
 * is on sale to compare with: every field is new, prices and stock included.
 */
export function newListingChanges(product: ReviewedProduct): FieldChange[] {
  const after: Record<ComparedField, unknown> = {
    title: product.title,
    subtitle: product.subtitle,
    description: product.description,
    category: product.category,
    images: product.images,
    provenance: provenanceOf(product.provenance),
    variants: product.variants.map(({ title, sku, prices, stock }) => ({ title, sku, prices, stock })),
  }
  return comparedFields.map((field) => ({ field, before: null, after: after[field] }))
}

/**
 * A pending revision against the live product, field by field, for the fields it changes only.
 * Texts show every language before and after (a revision may change one language of several);
 * provenance shows only the fields it changes; images the whole list in display order, since
 * order decides the thumbnail.
 */
export function revisionChanges(product: ReviewedProduct, changes: ListingChanges): FieldChange[] {
  return comparedFields.flatMap((field): FieldChange[] => {
    switch (field) {
      case "title":
      case "subtitle":
      case "description": {
        const changed = changes[field]
        return changed ? [{ field, before: product[field], after: { ...product[field], ...changed } }] : []
      }
      case "category":
        return changes.category === undefined ? [] : [{ field, before: product.category, after: changes.category }]
      case "images":
        return changes.images === undefined ? [] : [{ field, before: product.images, after: changes.images }]
      case "provenance": {
        const changed = changes.provenance
        if (!changed) return []
        const current = provenanceOf(product.provenance)
        const before = current && Object.fromEntries(Object.keys(changed).map((key) => [key, current[key] ?? null]))
        return [{ field, before, after: changed }]
      }
      case "variants":
        // Prices and stock of a live listing change at once, never through review.
        return []
    }
  })
}
