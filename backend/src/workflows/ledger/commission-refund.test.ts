import { describe, expect, it } from "vitest"
import { commissionRefundCents } from "./commission-refund"

describe("commissionRefundCents", () => {
  it("gives back the refund's share of the commission, to the cent", () => {
    expect(commissionRefundCents(5_000, 1_000, 10_000)).toBe(500)
    expect(commissionRefundCents(3_333, 1_000, 10_000)).toBe(333)
    expect(commissionRefundCents(5, 1_000, 10_000)).toBe(1)
    expect(commissionRefundCents(4, 1_000, 10_000)).toBe(0)
  })

  it("gives back the whole commission left when everything still due is refunded", () => {
    expect(commissionRefundCents(7_777, 1_234, 7_777)).toBe(1_234)
  })

  it("never gives back more than was taken over successive refunds", () => {
    let due = 10_001
    let commission = 1_000
    for (const refund of [3_333, 3_333, 3_335]) {
      const back = commissionRefundCents(refund, commission, due)
      commission -= back
      due -= refund
      expect(commission).toBeGreaterThanOrEqual(0)
    }
    expect([due, commission]).toEqual([0, 0])
  })

  it("gives nothing back when no commission was taken", () => {
    expect(commissionRefundCents(1_000, 0, 5_000)).toBe(0)
  })
})
