import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { readTexts, translatedField } from "../../../workflows/listing/product-texts"
import { vendorScope } from "../scope"
import { summarizeListings, type SummaryProduct } from "./listing-summary"
import { countOrdersToPrepare } from "./orders-summary"
import { readSales } from "./sales-summary"

const productFields = [
  "products.id",
  "products.status",
  "products.title",
  "products.created_at",
  "products.listing.state",
  "products.listing.rejection_reason",
  "products.listing.decided_at",
  "products.listing.revisions.status",
  "products.listing.revisions.reason",
  "products.listing.revisions.created_at",
  "products.listing.revisions.decided_at",
  "products.provenance.one_of_a_kind",
  "products.variants.id",
  "products.variants.title",
  "products.variants.manage_inventory",
  "products.variants.inventory_items.inventory.location_levels.stocked_quantity",
  "products.variants.inventory_items.inventory.location_levels.reserved_quantity",
]

/**
 * The portal's home page: listing counts by state, what needs fixing (staff's reasons), live
 * pieces running out, this month's sales, what the cooperative is owed, and how many of its
 * parts of customers' orders are still to prepare (new or accepted). Reads the cooperative's
 * products once, then its orders, its parts to prepare and the few titles shown, side by side.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { cooperativeId } = vendorScope(req)
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cooperative",
    fields: productFields,
    filters: { id: cooperativeId! },
  })
  const products = ((data[0]?.products ?? []) as (SummaryProduct | null)[]).filter((product) => !!product)
  const { listings, to_fix, low_stock } = summarizeListings(products)
  const shown = [...new Set([...to_fix, ...low_stock].map((row) => row.id))]
  const [translations, sales, ordersToPrepare] = await Promise.all([
    shown.length
      ? req.scope
          .resolve(Modules.TRANSLATION)
          .listTranslations({ reference: "product", reference_id: shown }, { select: ["reference_id", "locale_code", "translations"] })
      : [],
    readSales(req.scope, cooperativeId!),
    countOrdersToPrepare(req.scope, cooperativeId!),
  ])
  const titleOf = (id: string) =>
    readTexts(
      products.find((product) => product.id === id)!.title,
      translatedField(translations.filter((translation) => translation.reference_id === id), "title"),
    )
  res.json({
    listings,
    to_fix: to_fix.map((row) => ({ ...row, title: titleOf(row.id) })),
    low_stock: low_stock.map((row) => ({ ...row, title: titleOf(row.id) })),
    ...sales,
    orders_to_prepare: ordersToPrepare,
  })
}
