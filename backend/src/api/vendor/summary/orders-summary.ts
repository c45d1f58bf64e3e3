import type { MedusaContainer } from "@medusajs/framework/types"
import { COOPERATIVE_ORDER_MODULE } from "../../../modules/cooperative-order"
import type CooperativeOrderModuleService from "../../../modules/cooperative-order/service"

/** The statuses of a part the cooperative still has to prepare: new (to accept) or accepted (to send). */
const TO_PREPARE = ["new", "accepted"] as const

/** How many of the cooperative's parts of customers' orders are still to prepare and send. */
export async function countOrdersToPrepare(scope: MedusaContainer, cooperativeId: string): Promise<number> {
  const [, count] = await scope
    .resolve<CooperativeOrderModuleService>(COOPERATIVE_ORDER_MODULE)
    .listAndCountCooperativeOrders({ cooperative_id: cooperativeId, status: [...TO_PREPARE] }, { select: ["id"], take: 1 })
  return count
}
