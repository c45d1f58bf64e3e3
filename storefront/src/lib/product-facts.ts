import type { HttpTypes } from "@medusajs/types"
import { countryName, formatNumber, type Locale } from "@tiwizi/locale"

/** A product's physical facts, formatted for a reader of `locale`; absent facts are left out. */
export type ProductFacts = {
  dimensions?: { width: string; length: string }
  weight?: string
  material?: string
  origin?: string
}

type FactFields = Pick<HttpTypes.StoreProduct, "width" | "length" | "weight" | "material" | "origin_country">

const positive = (value: number | string | null | undefined): number | null => {
  const n = value == null ? NaN : Number(value)
  return Number.isFinite(n) && n > 0 ? n : null
}

/**
 * Dimensions from `width` × `length` (cm, a carpet's size), weight from `weight` (grams, shown
 * in kg from 1 kg up), material as written, origin country named in the reader's language.
 */
export function productFacts(product: FactFields, locale: Locale): ProductFacts {
  const facts: ProductFacts = {}
  const width = positive(product.width)
  const length = positive(product.length)
  if (width && length) {
    facts.dimensions = { width: formatNumber(width, locale), length: formatNumber(length, locale) }
  }
  const grams = positive(product.weight)
  if (grams) {
    facts.weight =
      grams >= 1000
        ? formatNumber(grams / 1000, locale, { style: "unit", unit: "kilogram", maximumFractionDigits: 1 })
        : formatNumber(grams, locale, { style: "unit", unit: "gram" })
  }
  if (product.material?.trim()) facts.material = product.material.trim()
  if (product.origin_country) facts.origin = countryName(product.origin_country, locale)
  return facts
}
