import { locales } from "@tiwizi/locale"
import { parseAmount, parseWhole, type ListingTexts, type ListingValues } from "./listing-form"
import type { TranslatedText, VendorProduct, VendorProvenance } from "./listing-product"
import { asks, type ListingFamily } from "./listing-questions"
import { asksStock } from "./listing-validation"

/** `POST /vendor/products`: a new draft. */
export type CreateListingBody = {
  title: TranslatedText
  subtitle: TranslatedText
  description: TranslatedText
  category: string
  variants: { title: string; prices: { mad: number }; stock: number }[]
  provenance: VendorProvenance
}

/** `POST /vendor/products/:id`: only what changed. */
export type UpdateListingBody = Partial<Pick<CreateListingBody, "title" | "subtitle" | "description" | "category" | "provenance">> & {
  images?: string[]
}

/** A text in every language the member filled in, trimmed; empty translations are left out. */
function textOf(values: ListingValues, field: keyof ListingTexts): TranslatedText {
  const text: TranslatedText = {}
  for (const locale of locales) {
    const value = values.texts[locale][field].trim()
    if (value) text[locale] = value
  }
  return text
}

/**
 * The provenance the answers describe. A question the family is not asked (a jar's size, a
 * pot's dye) is sent empty, so that a category changed from carpet to pottery leaves no carpet
 * facts behind.
 */
export function provenanceOf(values: ListingValues, family: ListingFamily | null): VendorProvenance {
  const whole = (value: string) => parseWhole(value) ?? null
  const dyed = asks(family, "dye")
  return {
    technique: values.technique || null,
    materials: values.materials,
    dye_kind: dyed && values.dyeKind ? values.dyeKind : null,
    dyes: dyed && values.dyeKind ? values.dyes : [],
    width_cm: asks(family, "size") ? whole(values.width) : null,
    length_cm: asks(family, "size") ? whole(values.length) : null,
    work_hours: asks(family, "workHours") ? whole(values.workHours) : null,
    one_of_a_kind: asks(family, "pieces") && values.oneOfAKind,
  }
}

/**
 * The body that creates the listing. Its one variant is named by its size when there is one
 * ("200 × 300 cm"), else by `defaultVariantTitle`; a one-of-a-kind piece has a stock of 1.
 * Call only with values that passed `firstInvalidStep`.
 */
export function createBody(values: ListingValues, family: ListingFamily, defaultVariantTitle: string): CreateListingBody {
  const provenance = provenanceOf(values, family)
  const size = provenance.width_cm && provenance.length_cm ? `${provenance.width_cm} × ${provenance.length_cm} cm` : ""
  const [variant] = values.variants
  return {
    title: textOf(values, "title"),
    subtitle: textOf(values, "subtitle"),
    description: textOf(values, "description"),
    category: values.category,
    variants: [
      {
        title: variant.title.trim() || size || defaultVariantTitle,
        prices: { mad: parseAmount(variant.price) ?? 0 },
        stock: asksStock(values, family) ? (parseWhole(variant.stock) ?? 0) : 1,
      },
    ],
    provenance,
  }
}

/** Nothing said: a fact the product never had reads as null, an empty list or `false`. */
const blank = (value: unknown) => (value == null || value === false || (Array.isArray(value) && !value.length) ? null : value)
const same = (a: unknown, b: unknown) => JSON.stringify(blank(a)) === JSON.stringify(blank(b))

/** The languages of a text that differ from what the product has (a translation cannot be removed). */
function changedText(next: TranslatedText, current: TranslatedText): TranslatedText | undefined {
  const changed = Object.fromEntries(Object.entries(next).filter(([locale, value]) => current[locale as keyof TranslatedText] !== value))
  return Object.keys(changed).length ? changed : undefined
}

/**
 * What changed against `product` (as the member last saw it, pending change included), or
 * `null` when nothing did: on a live listing every update becomes a revision for staff, so an
 * unchanged field is never sent.
 */
export function updateBody(values: ListingValues, family: ListingFamily, product: VendorProduct, images: string[]): UpdateListingBody | null {
  const body: UpdateListingBody = {}
  for (const field of ["title", "subtitle", "description"] as const) {
    const changed = changedText(textOf(values, field), product[field])
    if (changed) body[field] = changed
  }
  if (values.category !== product.category) body.category = values.category
  const provenance = provenanceOf(values, family)
  const current: Partial<VendorProvenance> = product.provenance ?? {}
  const changedFacts = Object.entries(provenance).filter(([key, value]) => !same(value, current[key as keyof VendorProvenance]))
  if (changedFacts.length) body.provenance = Object.fromEntries(changedFacts) as VendorProvenance
  if (!same(images, product.images)) body.images = images
  return Object.keys(body).length ? body : null
}

/** New MAD prices of the variants whose price was changed. */
export function priceChanges(values: ListingValues, product: VendorProduct): { id: string; prices: { mad: number } }[] {
  return values.variants.flatMap((variant) => {
    const current = product.variants.find((candidate) => candidate.id === variant.id)
    const price = parseAmount(variant.price)
    return current && price !== null && price !== current.prices.mad ? [{ id: current.id, prices: { mad: price } }] : []
  })
}

/** New stock of the variants whose stock was changed (a one-of-a-kind piece keeps its own). */
export function stockChanges(values: ListingValues, family: ListingFamily, product: VendorProduct): { id: string; stock: number }[] {
  if (!asksStock(values, family)) return []
  return values.variants.flatMap((variant) => {
    const current = product.variants.find((candidate) => candidate.id === variant.id)
    const stock = parseWhole(variant.stock)
    return current && stock !== null && stock !== current.stock ? [{ id: current.id, stock }] : []
  })
}
