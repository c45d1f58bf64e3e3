import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { shopRegions, type Translated } from "@tiwizi/locale"
import type { RegionIds } from "./regions"
import type { TranslatedRecord } from "./translations"

// Medusa names a fulfillment provider `<identifier>_<id>` (payment providers get a `pp_` prefix).
const PROVIDER = "tiwizi_tiwizi"
const LOCATION = "Entrepôt Tiwizi — Rabat"

type Zone = { set: string; zone: string; countries: readonly string[] }
type Option = {
  zone: string
  service: string
  name: Translated
  label: string
  description: string
  /** Flat prices in MAD; none for options priced by weight. */
  flatMad?: number
}

/** Morocco is served from one fulfillment set, abroad from another with two zones. */
const zones: Zone[] = [
  { set: "Livraison au Maroc", zone: "Maroc", countries: shopRegions[0].countries },
  { set: "Expédition internationale", zone: "Europe", countries: shopRegions[1].countries },
  { set: "Expédition internationale", zone: "International", countries: shopRegions[2].countries },
]

const options: Option[] = [
  {
    zone: "Maroc",
    service: "home-delivery",
    name: { fr: "Livraison à domicile", ar: "التوصيل إلى المنزل", en: "Home delivery" },
    label: "Domicile",
    description: "2 à 4 jours ouvrés, partout au Maroc",
    flatMad: 35,
  },
  {
    zone: "Maroc",
    service: "relay-pickup",
    name: { fr: "Retrait en point relais", ar: "الاستلام من نقطة التسليم", en: "Relay point pick-up" },
    label: "Point relais",
    description: "3 à 5 jours ouvrés, dans un point relais près de chez vous",
    flatMad: 20,
  },
  ...(["Europe", "International"] as const).map((zone) => ({
    zone,
    service: "international-express",
    name: { fr: "Express international", ar: "الشحن الدولي السريع", en: "International express" },
    label: "Express",
    description: "5 à 8 jours ouvrés, prix selon le poids du colis",
  })),
]

/**
 * The Rabat warehouse every order ships from, its fulfillment sets and zones, the default
 * shipping profile and the shipping options (flat in Morocco, by weight abroad). Returns the
 * options' translated names and the ids the products need.
 */
export async function seedShipping(
  container: MedusaContainer,
  salesChannelId: string,
  regions: RegionIds,
): Promise<{ locationId: string; shippingProfileId: string; translations: TranslatedRecord[] }> {
  const locationId = await ensureLocation(container, salesChannelId)
  const shippingProfileId = await ensureShippingProfile(container)
  const zoneIds = await ensureZones(container, locationId)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const existing = await fulfillment.listShippingOptions({}, { select: ["id", "name", "service_zone_id"] })
  const translations: TranslatedRecord[] = []
  const missing = options.filter((option) => {
    const found = existing.find((o) => o.name === option.name.fr && o.service_zone_id === zoneIds[option.zone])
    if (found) translations.push({ reference: "shipping_option", id: found.id, texts: { name: option.name } })
    return !found
  })
  if (missing.length) {
    const { result } = await createShippingOptionsWorkflow(container).run({
      input: missing.map((option) => ({
        name: option.name.fr,
        service_zone_id: zoneIds[option.zone],
        shipping_profile_id: shippingProfileId,
        provider_id: PROVIDER,
        type: { label: option.label, description: option.description, code: option.service },
        data: { id: option.service },
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
        ...(option.flatMad === undefined
          ? { price_type: "calculated" as const }
          : {
              price_type: "flat" as const,
              prices: [
                { currency_code: "mad", amount: option.flatMad },
                { region_id: regions.mad, amount: option.flatMad },
              ],
            }),
      })),
    })
    result.forEach((created, index) =>
      translations.push({ reference: "shipping_option", id: created.id, texts: { name: missing[index].name } }),
    )
  }
  return { locationId, shippingProfileId, translations }
}

async function ensureLocation(container: MedusaContainer, salesChannelId: string): Promise<string> {
  const stockLocations = container.resolve(Modules.STOCK_LOCATION)
  const [found] = await stockLocations.listStockLocations({ name: LOCATION }, { select: ["id"] })
  if (found) return found.id
  const { result } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: LOCATION,
          address: { address_1: "Avenue Hassan II", city: "Rabat", postal_code: "10000", country_code: "ma" },
        },
      ],
    },
  })
  const locationId = result[0].id
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: locationId, add: [salesChannelId] } })
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: PROVIDER },
  })
  return locationId
}

async function ensureShippingProfile(container: MedusaContainer): Promise<string> {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [found] = await fulfillment.listShippingProfiles({ type: "default" }, { select: ["id"] })
  if (found) return found.id
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Profil par défaut", type: "default" }] },
  })
  return result[0].id
}

/** Creates the fulfillment sets and their zones, linked to the warehouse; returns zone ids by name. */
async function ensureZones(container: MedusaContainer, locationId: string): Promise<Record<string, string>> {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const ids: Record<string, string> = {}
  for (const setName of new Set(zones.map((zone) => zone.set))) {
    const [found] = await fulfillment.listFulfillmentSets({ name: setName }, { relations: ["service_zones"] })
    const set =
      found ??
      (await fulfillment.createFulfillmentSets({
        name: setName,
        type: "shipping",
        service_zones: zones
          .filter((zone) => zone.set === setName)
          .map((zone) => ({
            name: zone.zone,
            geo_zones: zone.countries.map((country_code) => ({ type: "country" as const, country_code })),
          })),
      }))
    if (!found) {
      await link.create({
        [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
        [Modules.FULFILLMENT]: { fulfillment_set_id: set.id },
      })
    }
    for (const zone of set.service_zones) ids[zone.name] = zone.id
  }
  return ids
}
