import ProductModule from "@medusajs/medusa/product"
import { defineLink } from "@medusajs/framework/utils"
import ListingModule from "../modules/listing"

/**
 * One listing per product, defined from the product because it extends the product's data.
 * Deleting a product deletes its listing and revisions, which mean nothing without it.
 */
export default defineLink(ProductModule.linkable.product, {
  linkable: ListingModule.linkable.listing,
  deleteCascade: true,
})
