import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createRegionsWorkflow, createTaxRegionsWorkflow, updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { shopRegions, type Translated } from "@tiwizi/locale"

/** Region ids by currency. */
export type RegionIds = Record<(typeof shopRegions)[number]["currency"], string>

const regionNames: Record<keyof RegionIds, Translated> = {
  mad: { fr: "Maroc", ar: "المغرب", en: "Morocco" },
  eur: { fr: "Europe", ar: "أوروبا", en: "Europe" },
  usd: { fr: "International", ar: "دولي", en: "International" },
}

/**
 * Morocco charges TVA at 20 %, included in dirham prices. Orders leaving Morocco are exports:
 * no Moroccan TVA, and import duties and taxes are the recipient's, as the checkout says.
 */
const taxes: Record<keyof RegionIds, { rate: number; code: string; name: string }> = {
  mad: { rate: 20, code: "TVA-MA", name: "TVA 20 %" },
  eur: { rate: 0, code: "EXPORT", name: "Exportation hors taxes" },
  usd: { rate: 0, code: "EXPORT", name: "Exportation hors taxes" },
}

/**
 * Payment providers per region: cash on delivery is offered in Morocco only; cards (Stripe)
 * everywhere, when STRIPE_API_KEY is set.
 */
function paymentProvidersOf(currency: keyof RegionIds): string[] {
  const card = process.env.STRIPE_API_KEY ? ["pp_stripe_stripe"] : []
  return currency === "mad" ? ["pp_cod_cod", ...card] : card
}

/** The three regions with their countries, payment providers and tax regions. */
export async function seedRegions(container: MedusaContainer): Promise<RegionIds> {
  const regionModule = container.resolve(Modules.REGION)
  const ids = {} as RegionIds
  for (const region of shopRegions) {
    const [found] = await regionModule.listRegions({ currency_code: region.currency }, { select: ["id"] })
    if (found) {
      await updateRegionsWorkflow(container).run({
        input: { selector: { id: found.id }, update: { payment_providers: paymentProvidersOf(region.currency) } },
      })
      ids[region.currency] = found.id
      continue
    }
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: regionNames[region.currency].fr,
            currency_code: region.currency,
            countries: [...region.countries],
            payment_providers: paymentProvidersOf(region.currency),
            automatic_taxes: true,
            is_tax_inclusive: region.currency === "mad",
          },
        ],
      },
    })
    ids[region.currency] = result[0].id
  }
  await seedTaxRegions(container)
  return ids
}

/** The regions' names in each language, for the Translation Module. */
export function regionTranslations(ids: RegionIds) {
  return Object.entries(ids).map(([currency, id]) => ({ reference: "region", id, texts: { name: regionNames[currency as keyof RegionIds] } }))
}

async function seedTaxRegions(container: MedusaContainer): Promise<void> {
  const taxModule = container.resolve(Modules.TAX)
  const countries = shopRegions.flatMap((region) => [...region.countries])
  const found = await taxModule.listTaxRegions({ country_code: countries }, { select: ["country_code", "province_code"] })
  const existing = new Set(found.filter((r) => !r.province_code).map((r) => r.country_code))
  const missing = shopRegions.flatMap((region) =>
    region.countries
      .filter((country) => !existing.has(country))
      .map((country) => ({
        country_code: country,
        provider_id: "tp_system",
        default_tax_rate: taxes[region.currency],
      })),
  )
  if (missing.length) await createTaxRegionsWorkflow(container).run({ input: missing })
}
