import type { Context, InferEntityForModuleService } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import CommissionRate from "./models/commission-rate"
import CooperativeOrder from "./models/cooperative-order"
import CooperativeOrderItem from "./models/cooperative-order-item"

type PartData = InferEntityForModuleService<typeof CooperativeOrder>
type ItemData = InferEntityForModuleService<typeof CooperativeOrderItem>

/** A part to write with its lines, as the split works them out. */
export type NewCooperativeOrder = Omit<Partial<PartData>, "items"> & { items: Omit<Partial<ItemData>, "cooperative_order">[] }

/** Cooperatives' parts of customers' orders, and the commission rates applied when splitting. */
export default class CooperativeOrderModuleService extends MedusaService({
  CooperativeOrder,
  CooperativeOrderItem,
  CommissionRate,
}) {
  /** Writes parts with their lines in one transaction: a part is never left without its lines. */
  @InjectTransactionManager()
  async createParts(parts: NewCooperativeOrder[], @MedusaContext() sharedContext: Context = {}): Promise<{ id: string }[]> {
    const created = await this.createCooperativeOrders(
      parts.map(({ items: _items, ...part }) => part),
      sharedContext,
    )
    await this.createCooperativeOrderItems(
      parts.flatMap((part, index) => part.items.map((item) => ({ ...item, cooperative_order_id: created[index].id }))),
      sharedContext,
    )
    return created.map((part) => ({ id: part.id }))
  }
}
