import type { MedusaContainer } from "@medusajs/framework/types"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { COOPERATIVE_ORDER_MODULE } from "../../modules/cooperative-order"
import type CooperativeOrderModuleService from "../../modules/cooperative-order/service"
import { splitOrderWorkflow } from "../cooperative-order/workflows/split-order"

type Context = { container: MedusaContainer }
type OrderCreatedHook = (
  invoke: (input: { order_id: string; cart_id: string }, context: Context) => Promise<StepResponse<string[], string[]>>,
  compensate: (partIds: string[], context: Context) => Promise<void>,
) => void

// Medusa 2.21 runs this hook after the order is created and its payment authorized, but leaves
// it out of the workflow's declared types: the cast names its input as complete-cart.js passes it.
const { orderCreated } = completeCartWorkflow.hooks as unknown as { orderCreated: OrderCreatedHook }

// Splitting is part of completing the cart: if it fails, the completion fails and Medusa deletes
// the order and releases the payment, so no order is ever left without its cooperatives' parts.
orderCreated(
  async ({ order_id }, { container }) => {
    const { result } = await splitOrderWorkflow(container).run({ input: { order_id } })
    return new StepResponse(result.part_ids, result.created ? result.part_ids : [])
  },
  async (partIds, { container }) => {
    if (!partIds?.length) return
    await container.resolve<CooperativeOrderModuleService>(COOPERATIVE_ORDER_MODULE).deleteCooperativeOrders(partIds)
  },
)
