/** Auctions are cried on Khénifra's clock: lots end at a local hour, whatever the server's zone. */
export const AUCTION_TIME_ZONE = "Africa/Casablanca"

const DAY_MS = 24 * 60 * 60_000

const calendar = new Intl.DateTimeFormat("en-US", {
  timeZone: AUCTION_TIME_ZONE,
  hourCycle: "h23",
  weekday: "short",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
})

const weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

/** The calendar day, weekday (0 Sunday … 6 Saturday) and wall-clock time of `instant` in Casablanca. */
function wallClock(instant: Date) {
  const parts = Object.fromEntries(calendar.formatToParts(instant).map((part) => [part.type, part.value]))
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekday: weekdays.indexOf(parts.weekday),
  }
}

/** How far Casablanca's clock is ahead of UTC at `instant`, in ms (UTC+1, or UTC+0 during Ramadan). */
function offsetAt(instant: Date): number {
  const wall = wallClock(instant)
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute)
  return asUtc - Math.floor(instant.getTime() / 60_000) * 60_000
}

/** The instant it is `hour:minute` in Casablanca on the Casablanca calendar day of `day`. */
export function casablancaTime(day: Date, hour: number, minute = 0): Date {
  const { year, month, day: date } = wallClock(day)
  const wanted = Date.UTC(year, month - 1, date, hour, minute)
  // The offset is read twice: at a change of offset the first guess sits on the other side of it.
  const guess = wanted - offsetAt(new Date(wanted))
  return new Date(wanted - offsetAt(new Date(guess)))
}

/**
 * The first `weekday` (0 Sunday … 6 Saturday) at `hour`:00 in Casablanca that is at least
 * `leadMs` after `now`: "the coming Friday at 20:00" for a lot that must stay open a while.
 */
export function nextWeekdayAt(now: Date, weekday: number, hour: number, leadMs: number): Date {
  for (let days = 0; days <= 8; days++) {
    const day = new Date(now.getTime() + days * DAY_MS)
    const candidate = casablancaTime(day, hour)
    if (wallClock(day).weekday === weekday && candidate.getTime() - now.getTime() >= leadMs) return candidate
  }
  throw new Error(`no weekday ${weekday} within eight days of ${now.toISOString()}`)
}

/** `days` calendar days after `instant`'s day in Casablanca, at `hour`:00 there. */
export function daysLaterAt(instant: Date, days: number, hour: number): Date {
  // Noon of the day, so that adding whole days never crosses midnight on an offset change.
  return casablancaTime(new Date(casablancaTime(instant, 12).getTime() + days * DAY_MS), hour)
}
