import { dyeOf, isCarpetCategory, type DyeKind } from "@tiwizi/crafts"
import type { SeedProduct } from "./catalogue"
import { profileOf } from "./catalogue/cooperatives"

/** A provenance as the seed creates it, in the provenance module's units. */
export type SeedProvenance = {
  weaver_names: string[]
  weaver_consent: boolean
  village: string
  technique: string
  materials: string[]
  dye_kind: DyeKind
  dyes: string[]
  knot_density: number | null
  pile_height_mm: number | null
  width_cm: number | null
  length_cm: number | null
  work_hours: number
  one_of_a_kind: boolean
  made_to_order: boolean
}

/**
 * Pile height by family, from what the descriptions say: Rabat's "short pile", Beni Mellal's
 * "medium-length pile", the Middle Atlas' deep Zayane pile. Flat-woven hanbels have no pile and
 * boucherouite rag pile is too uneven to measure: both are left without one.
 */
const PILE_HEIGHT_MM: Record<string, number> = { "tapis-rbati": 8, "tapis-beni-mellal": 15, "tapis-zayane": 20 }

/** A weaver ties about 800 knots an hour; flat and rag weaves are counted by area. */
const KNOTS_PER_HOUR = 800
const HOURS_PER_M2: Record<string, number> = { "hanbel-flat-weave": 25, "boucherouite-rag-weave": 30 }

// The descriptions state each pile rug's knot count; reading it back keeps the provenance and the
// text a customer reads in agreement.
const KNOT_COUNT = /About ([\d,]+) knots per square metre/

const WEAVERS = ["Itto Ouhammou", "Fadma Aït Ali", "Mimouna Amahrouch", "Yamna Bouzid", "Hadda Oulhaj", "Touda Ouchen", "Rkia Idbelkacem"]

function dyeKindOf(dyes: string[]): DyeKind {
  const kinds = new Set(dyes.map((code) => dyeOf(code).kind))
  if (kinds.has("synthetic")) return "synthetic"
  return kinds.has("natural") ? "natural" : "undyed"
}

/**
 * Weavers by the carpet's SKU number, so a carpet gets the same answer in every seed whatever
 * the slice of the catalogue: one in four is signed with the weavers' consent, one in four has
 * names kept for staff only, the others are unsigned.
 */
function weaversOf(product: SeedProduct): { weaver_names: string[]; weaver_consent: boolean } {
  const number = Number(product.variants[0].sku.split("-")[2])
  const signed = number % 4 === 1
  if (!signed && number % 4 !== 2) return { weaver_names: [], weaver_consent: false }
  const names = [WEAVERS[number % WEAVERS.length], ...(number % 3 === 0 ? [WEAVERS[(number + 3) % WEAVERS.length]] : [])]
  return { weaver_names: names, weaver_consent: signed }
}

/** Knots per dm² (the provenance's unit) from the description's knots per m², or null. */
function knotDensityOf(product: SeedProduct): number | null {
  const count = KNOT_COUNT.exec(product.description.en)?.[1]
  return count ? Number(count.replaceAll(",", "")) / 100 : null
}

/**
 * The provenance of a catalogue carpet: where and how it was woven, its materials, dyes and
 * measurements, and an estimate of the hours it took. Null for anything but a carpet.
 */
export function provenanceOf(product: SeedProduct): SeedProvenance | null {
  if (!isCarpetCategory(product.category) || !product.technique) return null
  const knotDensity = knotDensityOf(product)
  const areaM2 = ((product.widthCm ?? 0) * (product.lengthCm ?? 0)) / 10_000
  const hours = knotDensity
    ? (knotDensity * 100 * areaM2) / KNOTS_PER_HOUR
    : areaM2 * (HOURS_PER_M2[product.technique] ?? HOURS_PER_M2["hanbel-flat-weave"])
  return {
    ...weaversOf(product),
    village: profileOf(product.cooperative).record.commune,
    technique: product.technique,
    materials: product.materials,
    dye_kind: dyeKindOf(product.dyes),
    dyes: product.dyes,
    knot_density: knotDensity,
    pile_height_mm: PILE_HEIGHT_MM[product.category] ?? null,
    width_cm: product.widthCm ?? null,
    length_cm: product.lengthCm ?? null,
    work_hours: Math.max(1, Math.round(hours)),
    one_of_a_kind: product.oneOfAKind,
    made_to_order: false,
  }
}
