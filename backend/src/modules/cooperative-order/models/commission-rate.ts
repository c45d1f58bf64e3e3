import { model } from "@medusajs/framework/utils"

/**
 * Tiwizi's commission, in basis points (1000 is 10 %). The row with neither cooperative nor
 * category is the default; a row for a category, a cooperative, or both overrides it, and the
 * most specific one wins (see `commission-rules.ts`).
 */
const CommissionRate = model
  .define("commission_rate", {
    id: model.id({ prefix: "comm" }).primaryKey(),
    cooperative_id: model.text().nullable(),
    category_id: model.text().nullable(),
    rate_bps: model.number(),
  })
  .indexes([{ on: ["cooperative_id", "category_id"], unique: true, where: "deleted_at IS NULL" }])

export default CommissionRate
