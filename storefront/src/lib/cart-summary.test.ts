import type { HttpTypes } from "@medusajs/types"
import { describe, expect, it } from "vitest"
import { cartItemCount, cartLines } from "./cart-summary"

const item = (over: Partial<HttpTypes.StoreCartLineItem>): HttpTypes.StoreCartLineItem =>
  ({
    id: "cali_1",
    title: "Tapis",
    product_id: "prod_1",
    product_title: "Tapis Beni Mguild",
    product_handle: "tapis-beni-mguild",
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
