import { model } from "@medusajs/framework/utils"
import CooperativeOrder from "./cooperative-order"

/**
 * One line of a cooperative's part, copied from the order's line item with the commission
 * worked out for it when the order was split (rate in basis points: 1000 is 10 %). A cancelled
 * line keeps its figures and says why; its `total` was refunded to the customer.
 */
const CooperativeOrderItem = model.define("cooperative_order_item", {
  id: model.id({ prefix: "corditem" }).primaryKey(),
  line_item_id: model.text(),
  product_id: model.text().nullable(),
  variant_id: model.text().nullable(),
  title: model.text(),
  variant_title: model.text().nullable(),
  thumbnail: model.text().nullable(),
  quantity: model.number(),
  unit_price: model.bigNumber(),
  total: model.bigNumber(),
  tax_total: model.bigNumber(),
  commission_rate_bps: model.number(),
  commission_amount: model.bigNumber(),
  cancelled_at: model.dateTime().nullable(),
  cancel_reason: model.text().nullable(),
  cooperative_order: model.belongsTo(() => CooperativeOrder, { mappedBy: "items" }),
})

export default CooperativeOrderItem
