import { describe, expect, it } from "vitest"
import { DEFAULT_LATE_SHIPMENT_DAYS, isLate, lateCutoff, parseLateShipmentDays } from "./late-shipments"

const now = new Date("2026-03-10T12:00:00Z")
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000)

describe("a late shipment", () => {
  it("is a part still new or accepted more than the allowed days after the order", () => {
    expect(isLate({ status: "new", created_at: hoursAgo(3 * 24 + 1) }, now, 3)).toBe(true)
    expect(isLate({ status: "accepted", created_at: hoursAgo(3 * 24 + 1).toISOString() }, now, 3)).toBe(true)
    expect(isLate({ status: "new", created_at: hoursAgo(3 * 24 - 1) }, now, 3)).toBe(false)
    // Exactly the allowed time is not yet late.
    expect(isLate({ status: "new", created_at: hoursAgo(3 * 24) }, now, 3)).toBe(false)
    expect(isLate({ status: "new", created_at: hoursAgo(25) }, now, 1)).toBe(true)
  })

  it("is never a part that left or was cancelled, however long it took", () => {
    for (const status of ["shipped", "delivered", "cancelled"] as const) {
      expect(isLate({ status, created_at: hoursAgo(30 * 24) }, now, 3)).toBe(false)
    }
  })

  it("counts from a cutoff the given days before now", () => {
    expect(lateCutoff(now, 2).toISOString()).toBe("2026-03-08T12:00:00.000Z")
  })
})

describe("LATE_SHIPMENT_DAYS", () => {
  it("defaults to three days when unset or blank", () => {
    expect(DEFAULT_LATE_SHIPMENT_DAYS).toBe(3)
    expect(parseLateShipmentDays(undefined)).toBe(3)
    expect(parseLateShipmentDays(" ")).toBe(3)
  })

  it("takes a whole number of days of at least one", () => {
    expect(parseLateShipmentDays("5")).toBe(5)
    expect(parseLateShipmentDays(" 1 ")).toBe(1)
  })

  it("refuses anything else, naming the variable", () => {
    for (const value of ["0", "-2", "2.5", "trois", "3d"]) {
      expect(() => parseLateShipmentDays(value)).toThrow(/LATE_SHIPMENT_DAYS must be a whole number of days, at least 1/)
    }
  })
})
