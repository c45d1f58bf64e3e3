import { describe, expect, it } from "vitest"
import { clockOffset, formatAuctionDate, formatBidTime, formatTimeLeft, msUntil, msUntilAt } from "./auction-time"

describe("the server's clock", () => {
  it("counts down from the server's time, not the browser's", () => {
    // The phone's clock is ten minutes fast: the lot still has five minutes by the server's.
    const browserNow = Date.parse("2026-03-01T10:10:00Z")
    const offset = clockOffset("2026-03-01T10:00:00Z", browserNow)
    expect(offset).toBe(-600_000)
    expect(msUntil("2026-03-01T10:05:00Z", offset, browserNow)).toBe(300_000)
    // Thirty seconds later on the same phone, thirty seconds less.
    expect(msUntil("2026-03-01T10:05:00Z", offset, browserNow + 30_000)).toBe(270_000)
  })

  it("says the time left as of the server's answer, for pages rendered on the server", () => {
    expect(msUntilAt("2026-03-01T10:05:00Z", "2026-03-01T10:00:00Z")).toBe(300_000)
  })

  it("never counts below zero, and reads a missing time as no offset", () => {
    expect(msUntil("2026-03-01T09:00:00Z", 0, Date.parse("2026-03-01T10:00:00Z"))).toBe(0)
    expect(clockOffset("not a date", 123)).toBe(0)
    expect(msUntil("not a date", 0, 0)).toBe(0)
  })
})

describe("formatTimeLeft", () => {
  // Intl separates number and unit with a (narrow) no-break space.
  const left = (ms: number, locale: "fr" | "ar" | "en") => formatTimeLeft(ms, locale).replace(/\s/g, " ")
  const day = 86_400_000
  const hour = 3_600_000
  const minute = 60_000

  it("shows the two largest units, rounded down", () => {
    expect(left(2 * day + 3 * hour + 59 * minute, "fr")).toBe("2 j 3 h")
    expect(left(3 * hour + 5 * minute + 30_000, "fr")).toBe("3 h 5 min")
    expect(left(4 * minute + 9_999, "fr")).toBe("4 min 9 s")
    expect(left(9_500, "fr")).toBe("9 s")
    expect(left(0, "fr")).toBe("0 s")
  })

  it("leaves out a zero second unit", () => {
    expect(left(2 * day + 20 * minute, "fr")).toBe("2 j")
    expect(left(hour, "en")).toBe("1 hr")
  })

  it("writes Arabic with Latin digits, and English", () => {
    const arabic = formatTimeLeft(3 * hour + 5 * minute, "ar")
    expect(arabic).toMatch(/3/)
    expect(arabic).toMatch(/5/)
    expect(arabic).toMatch(/[\u0600-\u06FF]/)
    expect(arabic).not.toMatch(/[٠-٩]/)
    expect(left(3 * hour + 5 * minute, "en")).toBe("3 hrs 5 mins")
  })
})

describe("dates", () => {
  it("reads a lot's dates in Moroccan time (UTC+1), whatever the server's zone", () => {
    expect(formatAuctionDate("2026-05-10T17:30:00Z", "fr")).toBe("10 mai 2026 à 18:30")
    expect(formatBidTime("2026-05-10T17:30:05Z", "en")).toBe("18:30:05")
    expect(formatAuctionDate("2026-03-01T17:30:00Z", "ar")).not.toMatch(/[٠-٩]/)
  })
})
