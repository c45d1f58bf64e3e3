import type { CurrencyCode, Locale } from "@tiwizi/locale"

/** A listing's place in review, as `/vendor/products` reports it. */
export const listingStates = ["draft", "in_review", "live", "rejected", "archived"] as const
export type ListingState = (typeof listingStates)[number]

/** Whether a value from a URL (`?state=`) is a listing state. */
export function isListingState(value: unknown): value is ListingState {
  return listingStates.includes(value as ListingState)
}

/** A text in some of the shop's languages: a member writes in one, the others are optional. */
export type TranslatedText = Partial<Record<Locale, string>>

export type VendorVariant = {
  id: string
  title: string
  sku: string | null
  weight_grams: number | null
  prices: Partial<Record<CurrencyCode, number>>
  stock: number
  reserved: number
}

/** The provenance fields the portal reads and writes (the backend keeps more, untouched here). */
export type VendorProvenance = {
  technique: string | null
  materials: string[] | null
  dye_kind: string | null
  dyes: string[] | null
  width_cm: number | null
  length_cm: number | null
  work_hours: number | null
  one_of_a_kind: boolean | null
}

export type VendorListing = {
  id: string | null
  state: ListingState
  rejection_reason: string | null
  submitted_at: string | null
  decided_at: string | null
  first_live_at: string | null
  archived_at: string | null
}

/** What a revision proposes, in the shape of the update route; absent fields stay as they are. */
export type ListingChanges = {
  title?: TranslatedText
  subtitle?: TranslatedText
  description?: TranslatedText
  category?: string
  images?: string[]
  provenance?: Partial<VendorProvenance>
}

export type VendorRevision = {
  id: string
  status: "pending" | "approved" | "rejected" | "withdrawn"
  changes: ListingChanges
  reason: string | null
  created_at: string
  decided_at: string | null
}

/** One product of the member's cooperative, as `GET /vendor/products/:id` answers it. */
export type VendorProduct = {
  id: string
  handle: string
  status: string
  thumbnail: string | null
  title: TranslatedText
  subtitle: TranslatedText
  description: TranslatedText
  category: string | null
  images: string[]
  variants: VendorVariant[]
  listing: VendorListing
  revision: VendorRevision | null
  provenance: VendorProvenance | null
}

/** `GET /vendor/products`: one page of the cooperative's products. */
export type VendorProductPage = { products: VendorProduct[]; count: number; limit: number; offset: number }

/**
 * Whether a value from a URL or a form is a Medusa product id (`prod_01J…`). Ids end up in
 * backend paths: anything else (slashes, dots) never gets there.
 */
export function isProductId(value: unknown): value is string {
  return typeof value === "string" && /^prod_[0-9A-Za-z]{10,40}$/.test(value)
}

/**
 * A text in the page's language when the cooperative wrote one, else in whichever language it
 * has (French first, the product's own field), with that language for the element's `lang`: a
 * title is never shown empty, and an Arabic title on a French page is still read as Arabic.
 */
export function textIn(text: TranslatedText, locale: Locale): { value: string; lang: Locale } {
  for (const candidate of [locale, "fr", "ar", "en"] as const) {
    const value = text[candidate]?.trim()
    if (value) return { value, lang: candidate }
  }
  return { value: "", lang: locale }
}
