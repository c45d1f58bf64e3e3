import { describe, expect, it } from "vitest"
import { lotProductRefusal, type LotProductRow } from "./lot-eligibility"

const level = (stocked: number, reserved = 0) => ({ stocked_quantity: stocked, reserved_quantity: reserved })
const carpet: LotProductRow = {
  id: "prod_1",
  status: "published",
  listing: { state: "live" },
  provenance: { one_of_a_kind: true },
  cooperative: { id: "coop_1" },
  variants: [{ id: "variant_1", manage_inventory: true, inventory_items: [{ required_quantity: 1, inventory: { location_levels: [level(1)] } }] }],
}

describe("what can be put on auction", () => {
  it("is a live, one-of-a-kind product of a cooperative, one variant with its piece in stock", () => {
    expect(lotProductRefusal(carpet)).toBeNull()
  })

  it("refuses anything else, saying why", () => {
    expect(lotProductRefusal({ ...carpet, status: "draft" })).toMatch(/live listing/)
    expect(lotProductRefusal({ ...carpet, listing: { state: "in_review" } })).toMatch(/live listing/)
    expect(lotProductRefusal({ ...carpet, provenance: { one_of_a_kind: false } })).toMatch(/one-of-a-kind/)
    expect(lotProductRefusal({ ...carpet, provenance: null })).toMatch(/one-of-a-kind/)
    expect(lotProductRefusal({ ...carpet, variants: [...carpet.variants!, { id: "variant_2", manage_inventory: false }] })).toMatch(/2 variants/)
    expect(lotProductRefusal({ ...carpet, cooperative: null })).toMatch(/no cooperative/)
  })

  it("counts the piece in stock across locations, net of reservations", () => {
    const stocked = (levels: ReturnType<typeof level>[]) => ({
      ...carpet,
      variants: [{ id: "variant_1", manage_inventory: true, inventory_items: [{ required_quantity: 1, inventory: { location_levels: levels } }] }],
    })
    expect(lotProductRefusal(stocked([level(1, 1)]))).toMatch(/out of stock/)
    expect(lotProductRefusal(stocked([]))).toMatch(/out of stock/)
    expect(lotProductRefusal(stocked([level(0), level(1)]))).toBeNull()
  })
})
