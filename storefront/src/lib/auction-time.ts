import { intlTagOf, type Locale } from "@tiwizi/locale"

// A lot closes by the database's clock, never the browser's: a phone set ten minutes fast must
// not show a lot as closed while it still takes bids. Each state the backend sends carries its
// `server_time`; the page takes the difference to its own clock once per state and counts down
// with it, so a wrong browser clock cancels out.

/** Auctions are held in Morocco: dates read in Moroccan time, whatever the server's zone. */
export const auctionTimeZone = "Africa/Casablanca"

/** How far the server's clock is ahead of this one (negative when behind), in milliseconds. */
export function clockOffset(serverTime: string, now: number): number {
  const server = Date.parse(serverTime)
  return Number.isFinite(server) ? server - now : 0
}

/** Milliseconds from the server's "now" (this clock plus `offset`) until `target`; never negative. */
export function msUntil(target: string, offset: number, now: number): number {
  const at = Date.parse(target)
  return Number.isFinite(at) ? Math.max(0, at - (now + offset)) : 0
}

/** Milliseconds from the server's `serverTime` until `target`: a page rendered on the server says this. */
export function msUntilAt(target: string, serverTime: string): number {
  return msUntil(target, 0, Date.parse(serverTime))
}

const units = [
  { unit: "day", ms: 86_400_000 },
  { unit: "hour", ms: 3_600_000 },
  { unit: "minute", ms: 60_000 },
  { unit: "second", ms: 1_000 },
] as const

/**
 * A time left as a bidder reads it: its two largest units, rounded down ("2 j 3 h",
 * "3 h 5 min", "4 min 9 s", "9 s"), in the reader's language with Latin digits. Intl's own unit
 * names, so that the browser needs no message catalogue to count down.
 */
export function formatTimeLeft(ms: number, locale: Locale): string {
  const tag = intlTagOf(locale)
  let rest = Math.max(0, Math.floor(ms / 1000) * 1000)
  const parts: { unit: (typeof units)[number]["unit"]; value: number }[] = []
  for (const { unit, ms: size } of units) {
    const value = Math.floor(rest / size)
    rest -= value * size
    if (value > 0 || parts.length > 0) parts.push({ unit, value })
  }
  const shown = (parts.length > 0 ? parts : [{ unit: "second" as const, value: 0 }]).slice(0, 2).filter((part, i) => i === 0 || part.value > 0)
  const formatted = shown.map(({ unit, value }) =>
    new Intl.NumberFormat(tag, { style: "unit", unit, unitDisplay: "short", numberingSystem: "latn" }).format(value),
  )
  return new Intl.ListFormat(tag, { style: "narrow", type: "unit" }).format(formatted)
}

/** A date and time of a lot (its start, a payment's due date), in Moroccan time. */
export function formatAuctionDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlTagOf(locale), {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: auctionTimeZone,
    numberingSystem: "latn",
  }).format(new Date(date))
}

/** The time of day a bid was placed, to the second, in Moroccan time. */
export function formatBidTime(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlTagOf(locale), {
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    timeZone: auctionTimeZone,
    numberingSystem: "latn",
  }).format(new Date(date))
}
