/** Times of the lots staff schedule, read and written as Moroccan wall-clock time whatever the browser's zone. */

const MARKET_TIME_ZONE = "Africa/Casablanca"

/** The instant a wall-clock time in Casablanca stands for ("2026-12-04", 20, 0 → its UTC instant). */
export function casablancaInstant(day: string, hours: number, minutes: number): Date {
  const [year, month, date] = day.split("-").map(Number)
  const asUtc = Date.UTC(year, month - 1, date, hours, minutes)
  // Morocco moves between UTC+1 and UTC (Ramadan): read the offset at that moment, not today's.
  const shown = new Intl.DateTimeFormat("en-CA", {
    timeZone: MARKET_TIME_ZONE,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  })
    .formatToParts(new Date(asUtc))
    .reduce<Record<string, number>>((parts, part) => (part.type === "literal" ? parts : { ...parts, [part.type]: Number(part.value) }), {})
  const offset = Date.UTC(shown.year, shown.month - 1, shown.day, shown.hour, shown.minute) - asUtc
  return new Date(asUtc - offset)
}

/** An instant as a `datetime-local` input shows it, in Casablanca time ("2026-12-04T20:00"). */
export function toCasablancaInput(instant: Date): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: MARKET_TIME_ZONE,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(instant)
  const part = (type: string) => parts.find((entry) => entry.type === type)?.value ?? "00"
  return `${part("year")}-${part("month")}-${part("day")}T${part("hour")}:${part("minute")}`
}

/** A `datetime-local` value read as Casablanca time, whatever the browser's own zone. */
export function fromCasablancaInput(value: string): Date {
  const [day, time] = value.split("T")
  const [hours, minutes] = time.split(":").map(Number)
  return casablancaInstant(day, hours, minutes)
}

/**
 * The next market evening: `weekday` (5 Friday, 6 Saturday) at 20:00 in Casablanca, after `now`:
 * the end staff usually give a lot, when buyers are home and the market week is over.
 */
export function nextMarketEvening(weekday: 5 | 6, now = new Date()): Date {
  for (let ahead = 0; ahead <= 7; ahead++) {
    const day = toCasablancaInput(new Date(now.getTime() + ahead * 24 * 60 * 60_000)).slice(0, 10)
    const [year, month, date] = day.split("-").map(Number)
    if (new Date(Date.UTC(year, month - 1, date)).getUTCDay() !== weekday) continue
    const evening = casablancaInstant(day, 20, 0)
    if (evening > now) return evening
  }
  throw new Error("no market evening within a week")
}
