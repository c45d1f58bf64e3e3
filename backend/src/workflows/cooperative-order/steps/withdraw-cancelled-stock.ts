import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type Reservation = { inventory_item_id: string; location_id: string; quantity: number; line_item_id: string }

/**
 * A line the cooperative cannot supply is not in its stock: its reservation goes and the stocked
 * quantity drops by as much, so the shop does not sell the missing piece again and the available
 * quantity stays what it was. Compensation puts both back.
 */
export const withdrawCancelledStockStep = createStep(
  "withdraw-cancelled-stock",
  async (lineItemId: string, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const reservations = await inventory.listReservationItems({ line_item_id: lineItemId })
    const withdrawn: Reservation[] = reservations.map((reservation) => ({
      inventory_item_id: reservation.inventory_item_id,
      location_id: reservation.location_id,
      quantity: Number(reservation.quantity),
      line_item_id: lineItemId,
    }))
    if (!withdrawn.length) return new StepResponse(0, [] as Reservation[])
    await inventory.deleteReservationItemsByLineItem([lineItemId])
    for (const reservation of withdrawn) {
      await inventory.adjustInventory(reservation.inventory_item_id, reservation.location_id, -reservation.quantity)
    }
    return new StepResponse(withdrawn.length, withdrawn)
  },
  async (withdrawn, { container }) => {
    if (!withdrawn?.length) return
    const inventory = container.resolve(Modules.INVENTORY)
    for (const reservation of withdrawn) {
      await inventory.adjustInventory(reservation.inventory_item_id, reservation.location_id, reservation.quantity)
    }
    await inventory.createReservationItems(withdrawn)
  },
)
