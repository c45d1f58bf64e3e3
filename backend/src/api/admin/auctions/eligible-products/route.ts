import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import ProductProvenance from "../../../../links/product-provenance"
import { AUCTION_MODULE } from "../../../../modules/auction"
import { productHoldingStatuses } from "../../../../modules/auction/models/auction-lot"
import type AuctionModuleService from "../../../../modules/auction/service"
import { PROVENANCE_MODULE } from "../../../../modules/provenance"
import type ProvenanceModuleService from "../../../../modules/provenance/service"
import { lotProductFields, lotProductRefusal, type LotProductRow } from "../../../../workflows/auction/lot-eligibility"

type EligibleRow = LotProductRow & { title: string; handle: string; thumbnail: string | null; cooperative?: { id: string; name: string } | null }

/**
 * `GET /admin/auctions/eligible-products`: the products staff may put on auction now, by title:
 * one of a kind by their provenance, live, one variant in stock, of a cooperative, and held by
 * no lot. Starts from the one-of-a-kind provenances, a small part of the catalogue.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const provenances = await req.scope
    .resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
    .listProvenances({ one_of_a_kind: true }, { select: ["id"] })
  if (!provenances.length) return res.json({ products: [] })
  const { data: links } = await query.graph({
    entity: ProductProvenance.entryPoint,
    fields: ["product_id"],
    filters: { provenance_id: provenances.map((provenance) => provenance.id) },
  })
  const ids = links.map((link) => link.product_id as string)
  const [{ data }, held] = await Promise.all([
    query.graph({
      entity: "product",
      fields: [...lotProductFields, "title", "handle", "thumbnail", "cooperative.name"],
      filters: { id: ids, status: "published" },
    }),
    req.scope
      .resolve<AuctionModuleService>(AUCTION_MODULE)
      .listAuctionLots({ product_id: ids, status: productHoldingStatuses }, { select: ["product_id"] }),
  ])
  const heldIds = new Set(held.map((lot) => lot.product_id))
  const products = (data as unknown as EligibleRow[])
    .filter((product) => !heldIds.has(product.id) && lotProductRefusal(product) === null)
    .map((product) => ({
      id: product.id,
      title: product.title,
      handle: product.handle,
      thumbnail: product.thumbnail,
      cooperative: product.cooperative ? { id: product.cooperative.id, name: product.cooperative.name } : null,
    }))
    .sort((a, b) => a.title.localeCompare(b.title, "fr"))
  res.json({ products })
}
