import { locales, type Locale } from "@tiwizi/locale"
import { emptyListingValues, type ListingValues } from "./listing-form"
import type { TranslatedText, VendorProduct } from "./listing-product"

/**
 * The product as its member last left it: a live listing with a change waiting for staff shows
 * that change, so editing again starts from it (texts merge language by language and facts
 * field by field, as the backend merges revisions).
 */
export function withPendingChanges(product: VendorProduct): VendorProduct {
  const changes = product.revision?.status === "pending" ? product.revision.changes : null
  if (!changes) return product
  const text = (field: "title" | "subtitle" | "description"): TranslatedText => ({ ...product[field], ...changes[field] })
  return {
    ...product,
    title: text("title"),
    subtitle: text("subtitle"),
    description: text("description"),
    category: changes.category ?? product.category,
    images: changes.images ?? product.images,
    provenance: changes.provenance && product.provenance ? { ...product.provenance, ...changes.provenance } : product.provenance,
  }
}

const asText = (value: number | null | undefined) => (value == null ? "" : String(value))

/**
 * The wizard's values for an existing product. The member writes in the page's language when
 * the product has a title in it, else in the language it was written in.
 */
export function valuesFromProduct(product: VendorProduct, pageLocale: Locale): ListingValues {
  const empty = emptyListingValues(pageLocale)
  const language = product.title[pageLocale]?.trim() ? pageLocale : (locales.find((locale) => product.title[locale]?.trim()) ?? pageLocale)
  const provenance = product.provenance
  return {
    ...empty,
    category: product.category ?? "",
    width: asText(provenance?.width_cm),
    length: asText(provenance?.length_cm),
    technique: provenance?.technique ?? "",
    materials: provenance?.materials ?? [],
    dyeKind: provenance?.dye_kind ?? "",
    dyes: provenance?.dyes ?? [],
    workHours: asText(provenance?.work_hours),
    oneOfAKind: provenance?.one_of_a_kind ?? false,
    language,
    texts: Object.fromEntries(
      locales.map((locale) => [
        locale,
        {
          title: product.title[locale] ?? "",
          subtitle: product.subtitle[locale] ?? "",
          description: product.description[locale] ?? "",
        },
      ]),
    ) as ListingValues["texts"],
    subtitleEdited: true,
    variants: product.variants.map((variant) => ({
      id: variant.id,
      title: variant.title,
      price: asText(variant.prices.mad),
      stock: String(variant.stock),
    })),
  }
}
