import { MedusaError } from "@medusajs/framework/utils"

/**
 * International express tariff: a base price per parcel plus a price per started half-kilo,
 * in each region's currency (tax included). A 3 kg carpet to Paris costs 19 + 6 × 3.75 = 41.50 €.
 */
export const internationalExpressTariff: Record<string, { base: number; perHalfKilo: number }> = {
  eur: { base: 19, perHalfKilo: 3.75 },
  usd: { base: 29, perHalfKilo: 5.5 },
  mad: { base: 190, perHalfKilo: 38 },
}

/** The price of sending `weightGrams` by international express, in `currencyCode`. */
export function internationalExpressPrice(weightGrams: number, currencyCode: string): number {
  const tariff = internationalExpressTariff[currencyCode.toLowerCase()]
  if (!tariff) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `International express is not priced in ${currencyCode}`)
  }
  if (!Number.isFinite(weightGrams) || weightGrams <= 0) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `A parcel must weigh something to be priced (got ${weightGrams} g)`)
  }
  const halfKilos = Math.ceil(weightGrams / 500)
  return Math.round((tariff.base + halfKilos * tariff.perHalfKilo) * 100) / 100
}
