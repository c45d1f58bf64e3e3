import OrderModule from "@medusajs/medusa/order"
import { defineLink } from "@medusajs/framework/utils"
import CooperativeOrderModule from "../modules/cooperative-order"

/**
 * A cooperative's part reads the customer's order it belongs to (address, email, payment)
 * through `order_id`. Read-only: the part stores the id itself, like Medusa's own modules store
 * `customer_id` or `region_id`, so no link table is written.
 */
export default defineLink(
  { linkable: CooperativeOrderModule.linkable.cooperativeOrder, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true },
)
