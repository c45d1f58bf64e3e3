import { describe, expect, it } from "vitest"
import { currentMonth, monthLabel, monthOf, shiftMonth } from "./statement-month"

describe("statement months", () => {
  it("cuts months in UTC, as the backend's statements do", () => {
    // 23:30 UTC on 31 May is already 1 June in Casablanca, but still May for the ledger.
    expect(currentMonth(new Date("2026-05-31T23:30:00Z"))).toBe("2026-05")
    expect(currentMonth(new Date("2026-06-01T00:00:00Z"))).toBe("2026-06")
  })

  it("takes the month asked for, this month for anything else or later", () => {
    const now = new Date("2026-05-12T10:00:00Z")
    expect(monthOf("2026-03", now)).toBe("2026-03")
    expect(monthOf("2026-13", now)).toBe("2026-05")
    expect(monthOf("2027-01", now)).toBe("2026-05")
    expect(monthOf(["2026-03"], now)).toBe("2026-05")
    expect(monthOf(undefined, now)).toBe("2026-05")
  })

  it("moves across years", () => {
    expect(shiftMonth("2026-01", -1)).toBe("2025-12")
    expect(shiftMonth("2025-12", 1)).toBe("2026-01")
    expect(shiftMonth("2026-05", -17)).toBe("2024-12")
  })

  it("names a month in the member's language, Latin digits in Arabic too", () => {
    expect(monthLabel("2026-05", "fr")).toBe("mai 2026")
    expect(monthLabel("2026-05", "en")).toBe("May 2026")
    expect(monthLabel("2026-05", "ar")).toMatch(/2026/)
    expect(monthLabel("2026-05", "ar")).not.toMatch(/[٠-٩]/)
  })
})
