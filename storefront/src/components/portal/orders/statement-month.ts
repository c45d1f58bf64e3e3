import { intlTagOf, type Locale } from "@tiwizi/locale"

// A statement covers one calendar month, named `YYYY-MM` in URLs and for the backend, which
// cuts months in UTC (and prints the CSV's days in UTC): the page does the same, so that what it
// shows and the file it downloads agree. Morocco is UTC+1: the two differ one hour a month.

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/

/** The month it is now, as the backend's statements cut them (`2026-05`). */
export function currentMonth(now = new Date()): string {
  return now.toISOString().slice(0, 7)
}

/** The month asked for in `?month=`: a real month not after this one, else this month. */
export function monthOf(value: unknown, now = new Date()): string {
  const current = currentMonth(now)
  if (typeof value !== "string" || !monthPattern.test(value) || value < "2000-01") return current
  return value > current ? current : value
}

/** The month `delta` months after (or before, when negative) `month`. */
export function shiftMonth(month: string, delta: number): string {
  const [year, number] = month.split("-").map(Number)
  const index = year * 12 + (number - 1) + delta
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`
}

/** A month as a member reads it (`mai 2026`, `ماي 2026`, `May 2026`), Latin digits throughout. */
export function monthLabel(month: string, locale: Locale): string {
  const [year, number] = month.split("-").map(Number)
  return new Intl.DateTimeFormat(intlTagOf(locale), { month: "long", year: "numeric", timeZone: "UTC", numberingSystem: "latn" }).format(new Date(Date.UTC(year, number - 1, 15)))
}
