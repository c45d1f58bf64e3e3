import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type SetStockLevelsStepInput = {
  location_id: string
  levels: { inventory_item_id: string; stocked_quantity: number }[]
}

type Undo = { location_id: string; restore: { inventory_item_id: string; stocked_quantity: number }[]; created: string[] }

/**
 * Sets how many pieces are in stock at the location, creating the stock level an item lacks.
 * Stock below what open orders have reserved is refused (INVALID_DATA): those pieces are
 * promised to customers. The compensation restores the previous quantities and deletes the
 * levels it created.
 */
export const setStockLevelsStep = createStep(
  "set-listing-stock-levels",
  async ({ location_id, levels }: SetStockLevelsStepInput, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const existing = await inventory.listInventoryLevels(
      { inventory_item_id: levels.map((level) => level.inventory_item_id), location_id },
      { select: ["id", "inventory_item_id", "stocked_quantity", "reserved_quantity"] },
    )
    const byItem = new Map(existing.map((level) => [level.inventory_item_id, level]))
    for (const level of levels) {
      const reserved = Number(byItem.get(level.inventory_item_id)?.reserved_quantity ?? 0)
      if (level.stocked_quantity < reserved) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `stock: ${reserved} piece(s) are reserved by open orders, so stock cannot go below ${reserved}`,
        )
      }
    }
    const toUpdate = levels.filter((level) => byItem.has(level.inventory_item_id))
    const toCreate = levels.filter((level) => !byItem.has(level.inventory_item_id))
    if (toUpdate.length) await inventory.updateInventoryLevels(toUpdate.map((level) => ({ ...level, location_id })))
    const created = toCreate.length ? await inventory.createInventoryLevels(toCreate.map((level) => ({ ...level, location_id }))) : []
    const undo: Undo = {
      location_id,
      restore: toUpdate.map(({ inventory_item_id }) => ({
        inventory_item_id,
        stocked_quantity: Number(byItem.get(inventory_item_id)!.stocked_quantity),
      })),
      created: created.map((level) => level.id),
    }
    return new StepResponse(levels, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const inventory = container.resolve(Modules.INVENTORY)
    if (undo.restore.length) await inventory.updateInventoryLevels(undo.restore.map((level) => ({ ...level, location_id: undo.location_id })))
    if (undo.created.length) await inventory.deleteInventoryLevels(undo.created)
  },
)
