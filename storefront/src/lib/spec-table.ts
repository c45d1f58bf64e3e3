import type { HttpTypes } from "@medusajs/types"
import { dyeOf, isDye, isMaterial, isTechnique, materialOf, sizeBandOf, sizeBands, techniqueOf } from "@tiwizi/crafts"
import { formatNumber, type Locale } from "@tiwizi/locale"
import type { ProductProvenance } from "./product-origin"
import { productFacts } from "./product-facts"

/** The rows a specifications table may hold, in the order it shows them. */
export const specKeys = [
  "size",
  "sizeBand",
  "technique",
  "materials",
  "dyeKind",
  "dyes",
  "knotDensity",
  "pileHeight",
  "weight",
  "workTime",
  "origin",
] as const
export type SpecKey = (typeof specKeys)[number]

export type SpecRow = { key: SpecKey; value: string }

/** The words a row needs beyond a number and a unit, already translated. */
export type SpecWords = {
  dimensions: (size: { width: string; length: string }) => string
  knotDensity: (count: string) => string
  dyeKinds: Record<NonNullable<ProductProvenance["dye_kind"]>, string>
}

type SpecProduct = Pick<HttpTypes.StoreProduct, "width" | "length" | "weight" | "material" | "origin_country">

const positive = (value: number | null | undefined): value is number => typeof value === "number" && Number.isFinite(value) && value > 0

/**
 * A product's specifications table: what its provenance holds (size, technique, materials, dye,
 * knot density, pile, time to weave), labelled from `@tiwizi/crafts` in the reader's language,
 * with the product's own facts (weight, origin; size and material when there is no provenance).
 * Rows without a value are left out.
 */
export function specTable(product: SpecProduct, provenance: ProductProvenance | null | undefined, locale: Locale, words: SpecWords): SpecRow[] {
  const facts = productFacts(product, locale)
  const rows: Partial<Record<SpecKey, string>> = {}
  const width = provenance?.width_cm
  const length = provenance?.length_cm
  if (positive(width) && positive(length)) {
    rows.size = words.dimensions({ width: formatNumber(width, locale), length: formatNumber(length, locale) })
    rows.sizeBand = sizeBands.find((band) => band.code === sizeBandOf(width, length))?.label[locale]
  } else if (facts.dimensions) {
    rows.size = words.dimensions(facts.dimensions)
  }
  if (provenance) {
    if (isTechnique(provenance.technique)) rows.technique = techniqueOf(provenance.technique).label[locale]
    // Codes the vocabulary lacks cannot be labelled; they are left out rather than shown raw.
    const materialCodes = (provenance.materials ?? []).filter(isMaterial)
    if (materialCodes.length) rows.materials = materialCodes.map((code) => materialOf(code).label[locale]).join(", ")
    if (provenance.dye_kind) rows.dyeKind = words.dyeKinds[provenance.dye_kind]
    const dyeCodes = (provenance.dyes ?? []).filter(isDye)
    if (dyeCodes.length) rows.dyes = dyeCodes.map((code) => dyeOf(code).label[locale]).join(", ")
    if (positive(provenance.knot_density)) rows.knotDensity = words.knotDensity(formatNumber(provenance.knot_density, locale))
    if (positive(provenance.pile_height_mm)) {
      rows.pileHeight = formatNumber(provenance.pile_height_mm, locale, { style: "unit", unit: "millimeter" })
    }
    if (positive(provenance.work_hours)) {
      rows.workTime = formatNumber(provenance.work_hours, locale, { style: "unit", unit: "hour", unitDisplay: "long" })
    }
  }
  if (!rows.materials && facts.material) rows.materials = facts.material
  if (facts.weight) rows.weight = facts.weight
  if (facts.origin) rows.origin = facts.origin
  return specKeys.flatMap((key) => (rows[key] ? [{ key, value: rows[key] }] : []))
}
