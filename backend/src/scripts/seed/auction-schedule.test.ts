import { describe, expect, it } from "vitest"
import { casablancaTime, daysLaterAt, nextWeekdayAt } from "./auction-schedule"

const HOUR = 60 * 60_000
const FRIDAY = 5
const SATURDAY = 6

describe("auction times on Casablanca's clock", () => {
  it("reads a local hour as UTC+1, and as UTC+0 during Ramadan", () => {
    expect(casablancaTime(new Date("2026-11-27T12:00:00Z"), 20).toISOString()).toBe("2026-11-27T19:00:00.000Z")
    expect(casablancaTime(new Date("2026-03-06T12:00:00Z"), 20).toISOString()).toBe("2026-03-06T20:00:00.000Z")
    // Late in the evening UTC it is already the next day in Casablanca.
    expect(casablancaTime(new Date("2026-11-27T23:30:00Z"), 10).toISOString()).toBe("2026-11-28T09:00:00.000Z")
  })

  it("finds the coming Friday and Saturday at 20:00, leaving the lot open a while", () => {
    // Sunday 29 November 2026, 21:00 in Casablanca.
    const sunday = new Date("2026-11-29T20:00:00Z")
    expect(nextWeekdayAt(sunday, FRIDAY, 20, 12 * HOUR).toISOString()).toBe("2026-12-04T19:00:00.000Z")
    expect(nextWeekdayAt(sunday, SATURDAY, 20, 12 * HOUR).toISOString()).toBe("2026-12-05T19:00:00.000Z")
    // On a Friday morning, that evening; on a Friday afternoon, too close: the next week's.
    expect(nextWeekdayAt(new Date("2026-12-04T06:00:00Z"), FRIDAY, 20, 12 * HOUR).toISOString()).toBe("2026-12-04T19:00:00.000Z")
    expect(nextWeekdayAt(new Date("2026-12-04T14:00:00Z"), FRIDAY, 20, 12 * HOUR).toISOString()).toBe("2026-12-11T19:00:00.000Z")
  })

  it("counts calendar days in Casablanca, across the change of offset at Ramadan", () => {
    expect(daysLaterAt(new Date("2026-11-29T20:00:00Z"), 1, 20).toISOString()).toBe("2026-11-30T19:00:00.000Z")
    expect(daysLaterAt(new Date("2026-02-10T12:00:00Z"), 30, 10).toISOString()).toBe("2026-03-12T10:00:00.000Z")
  })
})
