import { describe, expect, it } from "vitest"
import { stockNeeds } from "./stock-shortage"

describe("stock a cart needs", () => {
  it("counts managed, non-backordered inventory per item, times the kit's quantity", () => {
    const carpet = { manage_inventory: true, allow_backorder: false, inventory_items: [{ inventory_item_id: "iitem_1", required_quantity: 1 }] }
    const needs = stockNeeds([
      { quantity: 1, product_title: "Tapis", variant: carpet },
      { quantity: 2, product_title: "Lot", variant: { ...carpet, inventory_items: [{ inventory_item_id: "iitem_1", required_quantity: 2 }] } },
      { quantity: 5, product_title: "Miel", variant: { ...carpet, allow_backorder: true } },
      { quantity: 5, product_title: "Sur commande", variant: { ...carpet, manage_inventory: false } },
    ])
    expect([...needs.entries()]).toEqual([["iitem_1", { quantity: 5, title: "Tapis" }]])
  })
})
