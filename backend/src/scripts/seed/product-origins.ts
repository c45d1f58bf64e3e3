import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import { PROVENANCE_MODULE } from "../../modules/provenance"
import type ProvenanceModuleService from "../../modules/provenance/service"
import type { SeedProduct } from "./catalogue"
import { provenanceOf } from "./provenances"

type Found = { id: string; handle: string; cooperative?: { id: string } | null; provenance?: { id: string } | null }

/**
 * Links every catalogue product that exists to its cooperative, and gives every carpet its
 * provenance. Works from what is stored rather than from what this run created, so a shop seeded
 * before products had cooperatives is completed too; a second run finds everything linked.
 */
export async function seedProductOrigins(
  container: MedusaContainer,
  products: SeedProduct[],
  cooperativeIds: Record<string, string>,
): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "cooperative.id", "provenance.id"],
    filters: { handle: products.map((product) => product.handle) },
  })
  const stored = new Map((data as Found[]).map((product) => [product.handle, product]))
  const present = products.flatMap((product) => {
    const found = stored.get(product.handle)
    return found ? [{ product, found }] : []
  })

  const unlinked = present.filter(({ found }) => !found.cooperative)
  if (unlinked.length) {
    await link.create(
      unlinked.map(({ product, found }) => ({
        [Modules.PRODUCT]: { product_id: found.id },
        [COOPERATIVE_MODULE]: { cooperative_id: cooperativeIds[product.cooperative] },
      })),
    )
  }

  const unproven = present.flatMap(({ product, found }) => {
    const provenance = found.provenance ? null : provenanceOf(product)
    return provenance ? [{ productId: found.id, provenance }] : []
  })
  if (!unproven.length) return
  const provenances = container.resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
  const created = await provenances.createProvenances(unproven.map(({ provenance }) => provenance))
  await link.create(
    created.map((provenance, index) => ({
      [Modules.PRODUCT]: { product_id: unproven[index].productId },
      [PROVENANCE_MODULE]: { provenance_id: provenance.id },
    })),
  )
}
