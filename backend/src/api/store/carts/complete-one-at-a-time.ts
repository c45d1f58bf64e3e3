import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { findShortage, stockNeeds } from "./stock-shortage"

/** How long a completion waits for the carts ahead of it that want the same stock. */
const WAIT_SECONDS = 60

/**
 * `POST /store/carts/:id/complete`: completions of carts that want the same stock run one at a
 * time, and each checks, inside that lock, that the stock is still there before Medusa's
 * workflow runs. Medusa alone never oversells (it reserves inside a lock too), but it checks
 * only after creating the order and waits 5 seconds at most for that lock: measured with 50
 * carts completing for one carpet, 29 of the 49 losers got a lock time-out (500
 * `unknown_error`) and their compensations had not settled 10 minutes later. Here the buyers
 * after the first get at once a 400 the storefront can read: `type: "not_allowed"`,
 * `code: "insufficient_inventory"`.
 *
 * The lock keys are `checkout:<inventory item>`, not Medusa's own `<inventory item>` keys, which
 * its reservation step takes inside the workflow; the lock is held until the response is sent.
 * With Redis or PostgreSQL locking it holds across server instances.
 */
export async function completeOneAtATime(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "completed_at",
      "sales_channel_id",
      "items.quantity",
      "items.product_title",
      "items.variant.manage_inventory",
      "items.variant.allow_backorder",
      "items.variant.inventory_items.inventory_item_id",
      "items.variant.inventory_items.required_quantity",
    ],
    filters: { id: req.params.id },
  })
  const cart = data[0]
  const needs = stockNeeds(cart && !cart.completed_at ? (cart.items ?? []) : [])
  if (!needs.size) return next()

  const keys = [...needs.keys()].map((id) => `checkout:${id}`)
  let handedOver = false
  try {
    await req.scope.resolve(Modules.LOCKING).execute(
      keys,
      async () => {
        const short = await findShortage(req.scope, needs, cart!.sales_channel_id ?? null)
        if (short) {
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            `Not enough stock left for "${short.title}": it has just been sold`,
            MedusaError.Codes.INSUFFICIENT_INVENTORY,
          )
        }
        handedOver = true
        await new Promise<void>((resolve) => {
          res.once("close", resolve)
          next()
        })
      },
      { timeout: WAIT_SECONDS },
    )
  } catch (error) {
    // Once the route has the request, only releasing the lock can fail, and the answer is sent.
    if (handedOver) return req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(error as Error)
    // The in-memory and PostgreSQL providers time out with a plain Error, Redis with a CONFLICT.
    const timedOut = error instanceof Error && error.message === "Timed-out acquiring lock."
    next(timedOut ? new MedusaError(MedusaError.Types.CONFLICT, "Others are buying these items; try again") : error)
  }
}
