import type { Translated } from "@tiwizi/locale"
import { guardFor } from "./code-list"

/** Carpet size bands by floor area, the filter customers use before they measure their room. */
export const sizeBandCodes = ["small", "medium", "large"] as const

export type SizeBandCode = (typeof sizeBandCodes)[number]

export type SizeBand = {
  code: SizeBandCode
  label: Translated
  /** Bounds in m². The medium band includes both its edges, so small and large exclude theirs. */
  minAreaM2: number
  maxAreaM2: number
}

const definitions: Record<SizeBandCode, Omit<SizeBand, "code">> = {
  small: {
    minAreaM2: 0,
    maxAreaM2: 2,
    label: { fr: "Petit (moins de 2 m²)", ar: "صغير (أقل من 2 م²)", en: "Small (under 2 m²)" },
  },
  medium: {
    minAreaM2: 2,
    maxAreaM2: 4,
    label: { fr: "Moyen (2 à 4 m²)", ar: "متوسط (من 2 إلى 4 م²)", en: "Medium (2 to 4 m²)" },
  },
  large: {
    minAreaM2: 4,
    maxAreaM2: Number.POSITIVE_INFINITY,
    label: { fr: "Grand (plus de 4 m²)", ar: "كبير (أكثر من 4 م²)", en: "Large (over 4 m²)" },
  },
}

/** The bands from small to large. */
export const sizeBands: readonly SizeBand[] = sizeBandCodes.map((code) => ({ code, ...definitions[code] }))

export const isSizeBand = guardFor(sizeBandCodes)

const CM2_PER_M2 = 10_000

/**
 * The size band of a carpet of `widthCm` × `lengthCm`: small under 2 m², medium from 2 to 4 m²
 * inclusive, large above. Compares in cm² so that 100 × 200 cm lands on 2 m² exactly instead of
 * on a floating-point neighbour. Throws a RangeError for a non-positive or non-finite side.
 */
export function sizeBandOf(widthCm: number, lengthCm: number): SizeBandCode {
  for (const side of [widthCm, lengthCm]) {
    if (!Number.isFinite(side) || side <= 0) throw new RangeError(`not a carpet dimension: ${side} cm`)
  }
  const areaCm2 = widthCm * lengthCm
  if (areaCm2 < definitions.medium.minAreaM2 * CM2_PER_M2) return "small"
  if (areaCm2 <= definitions.medium.maxAreaM2 * CM2_PER_M2) return "medium"
  return "large"
}
