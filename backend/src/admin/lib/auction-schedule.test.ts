import { describe, expect, it } from "vitest"
import { casablancaInstant, fromCasablancaInput, nextMarketEvening, toCasablancaInput } from "./auction-schedule"

describe("a lot's schedule in Moroccan time", () => {
  it("reads a wall-clock time in Casablanca as its instant, in and out of Ramadan's UTC", () => {
    expect(casablancaInstant("2026-12-04", 20, 0).toISOString()).toBe("2026-12-04T19:00:00.000Z")
    // Morocco keeps UTC during Ramadan (around March 2026).
    expect(casablancaInstant("2026-03-06", 20, 0).toISOString()).toBe("2026-03-06T20:00:00.000Z")
    expect(fromCasablancaInput("2026-12-04T20:00").toISOString()).toBe("2026-12-04T19:00:00.000Z")
    expect(toCasablancaInput(new Date("2026-12-04T19:00:00Z"))).toBe("2026-12-04T20:00")
  })

  it("finds the next Friday and Saturday evening at 20:00, never one already past", () => {
    const thursday = new Date("2026-12-03T10:00:00Z")
    expect(nextMarketEvening(5, thursday).toISOString()).toBe("2026-12-04T19:00:00.000Z")
    expect(nextMarketEvening(6, thursday).toISOString()).toBe("2026-12-05T19:00:00.000Z")
    const fridayNight = new Date("2026-12-04T19:30:00Z")
    expect(nextMarketEvening(5, fridayNight).toISOString()).toBe("2026-12-11T19:00:00.000Z")
    expect(nextMarketEvening(6, fridayNight).toISOString()).toBe("2026-12-05T19:00:00.000Z")
  })
})
