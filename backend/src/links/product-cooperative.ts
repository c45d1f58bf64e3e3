import ProductModule from "@medusajs/medusa/product"
import { defineLink } from "@medusajs/framework/utils"
import CooperativeModule from "../modules/cooperative"

/**
 * Every product belongs to exactly one cooperative; a cooperative has many products. `isList` on
 * the product side lets many products point at one cooperative, and Medusa's link service then
 * refuses a second cooperative for the same product.
 */
export default defineLink(
  { linkable: ProductModule.linkable.product, isList: true },
  CooperativeModule.linkable.cooperative,
)
