import ProductModule from "@medusajs/medusa/product"
import { defineLink } from "@medusajs/framework/utils"
import ProvenanceModule from "../modules/provenance"

/**
 * One provenance per product, defined from the product because it extends the product's data.
 * Deleting a product deletes its provenance, which means nothing without it.
 */
export default defineLink(ProductModule.linkable.product, {
  linkable: ProvenanceModule.linkable.provenance,
  deleteCascade: true,
})
