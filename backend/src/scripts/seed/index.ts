import type { MedusaContainer } from "@medusajs/framework/types"
import { seedAccounts } from "./accounts"
import { demoLots } from "./auction-lots"
import { seedAuctions } from "./auctions"
import type { SeedProduct } from "./catalogue"
import { seedTaxonomy } from "./categories"
import { seedCooperativeDecisions } from "./cooperative-decisions"
import { seedCooperativeOwners } from "./cooperative-owners"
import { seedCooperativeList, seedCooperatives } from "./cooperatives"
import { seedProductOrigins } from "./product-origins"
import { seedProducts } from "./products"
import { regionTranslations, seedRegions } from "./regions"
import { prepareSearchIndexes, rebuildSearchIndexes } from "./search-index"
import { seedShipping } from "./shipping"
import { seedStore } from "./store"
import { seedTranslations } from "./translations"

/**
 * Builds the demo shop around `products`: store, locales, regions, shipping, taxonomy, the
 * products, the demo accounts and every catalogue cooperative with its owner's account, its
 * products linked to it (carpets with their provenance) and staff's decisions on it; with
 * `auctions`, the demo auctions on its carpets (the demo seed's, not the tests', which make their own).
 * Idempotent: every step looks for what it would create, so a second run adds nothing twice and
 * a run cut short can simply be run again.
 */
export async function seedShop(
  container: MedusaContainer,
  products: SeedProduct[],
  step: (message: string) => void = () => {},
  options: { auctions?: boolean } = {},
): Promise<{ publishableKey: string; created: number }> {
  step("search indexes")
  await prepareSearchIndexes(container)
  step("store, locales, sales channel and publishable key")
  const { salesChannelId, publishableKey } = await seedStore(container)
  step("regions, payment providers and taxes")
  const regions = await seedRegions(container)
  step("warehouse and shipping options")
  const shipping = await seedShipping(container, salesChannelId, regions)
  step("categories and collections")
  const taxonomy = await seedTaxonomy(container)
  await seedTranslations(container, [...regionTranslations(regions), ...shipping.translations, ...taxonomy.translations])
  step(`cooperatives: ${seedCooperativeList.length}, each with its owner's account`)
  const cooperativeIds = await seedCooperatives(container)
  await seedCooperativeOwners(container, seedCooperativeList, cooperativeIds)
  step(`catalogue: ${products.length} products with generated images`)
  const created = await seedProducts(container, products, { ...taxonomy, ...shipping, salesChannelId })
  step(`${created} products created, ${products.length - created} were already there`)
  step("products' cooperatives and carpets' provenance")
  await seedProductOrigins(container, products, cooperativeIds)
  step("demo accounts and staff decisions on the cooperatives")
  await seedAccounts(container)
  // After the products and their links: suspending a cooperative takes its products out of the shop.
  await seedCooperativeDecisions(container, cooperativeIds)
  if (options.auctions) {
    step(`demo auctions: bidders and ${demoLots.length} lots of Zayane carpets, live, upcoming and sold`)
    const lots = await seedAuctions(container, products)
    step(`${lots} auction lots created, ${demoLots.length - lots} were already there`)
  }
  step("search index rebuilt from the catalogue")
  await rebuildSearchIndexes(container)
  return { publishableKey, created }
}
