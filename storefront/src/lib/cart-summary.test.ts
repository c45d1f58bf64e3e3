import type { HttpTypes } from "@medusajs/types"
import { describe, expect, it } from "vitest"
import { cartItemCount, cartLines, groupByCooperative, maxLineQuantity } from "./cart-summary"

const item = (over: Partial<HttpTypes.StoreCartLineItem>): HttpTypes.StoreCartLineItem =>
  ({
    id: "cali_1",
    title: "Tapis",
    product_id: "prod_1",
    product_title: "Tapis Beni Mguild",
    product_handle: "tapis-beni-mguild",
    variant_id: "variant_1",
    variant_title: null,
    thumbnail: "http://localhost:9000/static/a.webp",
    quantity: 1,
    unit_price: 1250,
    total: 1250,
    created_at: new Date("2026-01-01T10:00:00Z"),
    ...over,
  }) as HttpTypes.StoreCartLineItem

describe("cartItemCount", () => {
  it("adds up quantities, not lines", () => {
    expect(cartItemCount({ items: [item({ quantity: 2 }), item({ id: "cali_2", quantity: 3 })] })).toBe(5)
  })
  it("is 0 without a cart or lines", () => {
    expect(cartItemCount(null)).toBe(0)
    expect(cartItemCount({ items: [] })).toBe(0)
    expect(cartItemCount({ items: null } as never)).toBe(0)
  })
})

describe("cartLines", () => {
  it("uses the product's translated title and handle over the one stored on the line", () => {
    const [line] = cartLines([item({})], [{ id: "prod_1", handle: "tapis-beni-mguild", title: "زربية بني مݣيلد" }])
    expect(line.title).toBe("زربية بني مݣيلد")
    expect(line.handle).toBe("tapis-beni-mguild")
  })

  it("falls back to the line's own texts when the product is gone", () => {
    const [line] = cartLines([item({ product_id: "prod_deleted" })], [])
    expect(line.title).toBe("Tapis Beni Mguild")
  })

  it("keeps the order lines were added in, with their totals and variants", () => {
    const lines = cartLines(
      [
        item({ id: "late", created_at: "2026-01-02T00:00:00Z" as never, total: 90, variant_title: "500 g" }),
        item({ id: "early", created_at: new Date("2026-01-01T00:00:00Z"), quantity: 2, total: 2500 }),
      ],
      [],
    )
    expect(lines.map((l) => l.id)).toEqual(["early", "late"])
    expect(lines[0]).toMatchObject({ quantity: 2, total: 2500, variantTitle: null })
    expect(lines[1]).toMatchObject({ total: 90, variantTitle: "500 g" })
  })

  it("computes a line total from the unit price when the backend did not send one", () => {
    const [line] = cartLines([item({ total: undefined, unit_price: 300, quantity: 3 })], [])
    expect(line.total).toBe(900)
  })
})

describe("cartLines stock and cooperative", () => {
  const tifawin = { handle: "tifawin-aghbalou", name: "Coopérative Tifawin" }
  const product = (variant: object) => ({ id: "prod_1", handle: "tapis-beni-mguild", title: "Tapis", cooperative: tifawin, variants: [{ id: "variant_1", ...variant }] })

  it("bounds a line by its variant's available stock", () => {
    const [line] = cartLines([item({})], [product({ manage_inventory: true, allow_backorder: false, inventory_quantity: 3 })])
    expect(line.maxQuantity).toBe(3)
    expect(line.cooperative).toEqual(tifawin)
  })

  it("never bounds below what the line holds, so the stepper stays coherent when stock fell", () => {
    const [line] = cartLines([item({ quantity: 2 })], [product({ manage_inventory: true, allow_backorder: false, inventory_quantity: 1 })])
    expect(line.maxQuantity).toBe(2)
  })

  it("caps made-to-order pieces, backorders and unknown products at the line maximum", () => {
    expect(cartLines([item({})], [product({ manage_inventory: false })])[0].maxQuantity).toBe(maxLineQuantity)
    expect(cartLines([item({})], [product({ manage_inventory: true, allow_backorder: true, inventory_quantity: 0 })])[0].maxQuantity).toBe(maxLineQuantity)
    expect(cartLines([item({})], [product({ manage_inventory: true, inventory_quantity: 500 })])[0].maxQuantity).toBe(maxLineQuantity)
    expect(cartLines([item({ product_id: "prod_gone" })], [])[0]).toMatchObject({ maxQuantity: maxLineQuantity, cooperative: null })
  })
})

describe("groupByCooperative", () => {
  it("groups lines by cooperative in the order they first appear, unknown makers last", () => {
    const line = (id: string, handle: string | null) => ({
      id,
      title: id,
      variantTitle: null,
      handle: null,
      thumbnail: null,
      quantity: 1,
      total: 1,
      maxQuantity: 1,
      cooperative: handle ? { handle, name: handle } : null,
    })
    const groups = groupByCooperative([line("a", null), line("b", "tifawin"), line("c", "imilchil"), line("d", "tifawin")])
    expect(groups.map((group) => [group.cooperative?.handle ?? null, group.lines.map((l) => l.id)])).toEqual([
      ["tifawin", ["b", "d"]],
      ["imilchil", ["c"]],
      [null, ["a"]],
    ])
  })
})
