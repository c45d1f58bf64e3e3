import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * `GET /store/customers/me/orders/:id/parcels`: the logged-in customer's order as it travels,
 * one parcel per cooperative: who sends it, its status, carrier and tracking number, and its
 * lines (a line the cooperative could not supply says why and what was refunded). Another
 * customer's order, or none, answers 404. Commission and the cooperative's ledger stay private.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "customer_id"],
    filters: { id: req.params.id },
  })
  if (!orders[0] || orders[0].customer_id !== req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.id} was not found`)
  }
  const { data: parts } = await query.graph({
    entity: "cooperative_order",
    fields: [
      "id", "cooperative_id", "status", "currency_code", "total", "refunded_total", "carrier", "tracking_number",
      "accepted_at", "shipped_at", "delivered_at", "cancelled_at",
      "items.id", "items.line_item_id", "items.title", "items.variant_title", "items.thumbnail", "items.quantity",
      "items.total", "items.cancelled_at", "items.cancel_reason",
    ],
    filters: { order_id: req.params.id },
    pagination: { order: { created_at: "ASC", id: "ASC" } },
  })
  const { data: cooperatives } = await query.graph({
    entity: "cooperative",
    fields: ["id", "name", "handle"],
    filters: { id: [...new Set(parts.map((part) => part.cooperative_id))] },
  })
  const cooperativeById = new Map(cooperatives.map((cooperative) => [cooperative.id, cooperative]))
  res.json({
    parcels: parts.map(({ cooperative_id, ...part }) => ({
      ...part,
      cooperative: cooperativeById.get(cooperative_id) ?? null,
    })),
  })
}
