import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { productVariants } from "../product-variants"

export type PrepareStockLevelsStepInput = { product_id: string; variants: { id: string; stock: number }[] }

/**
 * The inventory item behind each variant and its new quantity. A variant must belong to the
 * product and track stock through exactly one item (what the vendor routes create); anything
 * else is INVALID_DATA naming the variant's position.
 */
export const prepareStockLevelsStep = createStep(
  "prepare-listing-stock-levels",
  async ({ product_id, variants }: PrepareStockLevelsStepInput, { container }) => {
    const rows = await productVariants(container, product_id, variants)
    const levels = rows.map((row, index) => {
      const items = (row.inventory_items ?? []).filter((item) => !!item)
      if (!row.manage_inventory || items.length !== 1) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `variants.${index}.id: this variant's stock is not counted piece by piece here; ask the shop's staff`,
        )
      }
      return { inventory_item_id: items[0]!.inventory_item_id, stocked_quantity: variants[index].stock }
    })
    return new StepResponse(levels)
  },
)
