import { describe, expect, it } from "vitest"
import { allocateCents, splitOrderFigures, toCents } from "./split-totals"

describe("allocateCents", () => {
  it("shares in proportion, the cents left going to the largest remainders", () => {
    expect(allocateCents(100, [1, 1, 1])).toEqual([34, 33, 33])
    expect(allocateCents(3500, [120000, 45000])).toEqual([2545, 955])
    expect(allocateCents(0, [0, 0])).toEqual([0, 0])
  })

  it("always adds up to the amount shared, whatever the weights", () => {
    let seed = 7
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647
    for (let run = 0; run < 500; run++) {
      const cents = Math.floor(random() * 1_000_000)
      const weights = Array.from({ length: 1 + Math.floor(random() * 5) }, () => Math.floor(random() * 100_000))
      const shares = allocateCents(cents, weights)
      expect(shares.reduce((a, b) => a + b, 0)).toBe(cents)
      expect(shares.every((share) => share >= 0)).toBe(true)
    }
  })
})

describe("splitOrderFigures", () => {
  const line = (id: string, cooperative_id: string, total: number, rate = 1000) => ({
    id,
    cooperative_id,
    total,
    tax_total: total / 6,
    commission_rate_bps: rate,
  })

  it("gives each cooperative its lines, a share of shipping and tax, adding up to the order to the cent", () => {
    const lines = [line("a1", "coop_a", 1200), line("a2", "coop_a", 85.5), line("b1", "coop_b", 640), line("c1", "coop_c", 333.33, 1250)]
    const items = 1200 + 85.5 + 640 + 333.33
    const order = { total: items + 35, tax_total: (items + 35) / 6, shipping_total: 35, shipping_tax_total: 35 / 6 }
    const parts = splitOrderFigures(order, lines)

    expect(parts.map((part) => part.cooperative_id)).toEqual(["coop_a", "coop_b", "coop_c"])
    expect(parts.map((part) => part.item_total)).toEqual([1285.5, 640, 333.33])
    const cents = (key: "total" | "tax_total" | "shipping_total") => parts.reduce((sum, part) => sum + toCents(part[key]), 0)
    expect(cents("total")).toBe(toCents(order.total))
    expect(cents("tax_total")).toBe(toCents(order.tax_total))
    expect(cents("shipping_total")).toBe(3500)
    for (const part of parts) expect(toCents(part.item_total) + toCents(part.shipping_total)).toBe(toCents(part.total))
    expect(parts[0].commission_total).toBe(128.55)
    expect(parts[2].lines[0].commission_amount).toBe(41.67)
  })
})
