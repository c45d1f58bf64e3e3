import { describe, expect, it } from "vitest"
import { canBuy, stockState } from "./stock"

const variant = (manage_inventory: boolean, inventory_quantity?: number, allow_backorder = false) =>
  ({ manage_inventory, inventory_quantity, allow_backorder }) as never

describe("stockState", () => {
  it("treats variants without managed inventory as always available", () => {
    expect(stockState(variant(false))).toEqual({ kind: "in_stock" })
  })
  it("tells a one-of-a-kind piece, a low stock and a plain stock apart", () => {
    expect(stockState(variant(true, 1))).toEqual({ kind: "unique" })
    expect(stockState(variant(true, 3))).toEqual({ kind: "low", count: 3 })
    expect(stockState(variant(true, 4))).toEqual({ kind: "in_stock" })
  })
  it("is sold out at zero, unless the cooperative takes orders", () => {
    expect(stockState(variant(true, 0))).toEqual({ kind: "out_of_stock" })
    expect(stockState(variant(true, undefined))).toEqual({ kind: "out_of_stock" })
    expect(stockState(variant(true, 0, true))).toEqual({ kind: "backorder" })
  })
  it("offers the button for everything but a sold-out variant", () => {
    expect(canBuy({ kind: "out_of_stock" })).toBe(false)
    expect(canBuy({ kind: "backorder" })).toBe(true)
    expect(canBuy({ kind: "unique" })).toBe(true)
  })
})
