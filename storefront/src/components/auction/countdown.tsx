"use client"

import type { Locale } from "@tiwizi/locale"
import { useEffect, useRef, useState } from "react"
import { formatTimeLeft, msUntil } from "@/lib/auction-time"

type Props = {
  /** When the count reaches zero: the lot's start or end (ISO). */
  target: string
  /** The server's clock minus this one, taken when the state arrived. */
  offset: number
  locale: Locale
  /** What is counted ("Se termine dans"). */
  label: string
  /** Said instead of the time once the count reached zero ("Clôture en cours…"). */
  zeroText?: string
  /** Called once when the count reaches zero. */
  onDone?: () => void
  className?: string
}

/**
 * Time left until `target` by the server's clock, ticking every second. A timer that screen
 * readers do not read aloud every second (`role="timer"` is polite and off by default); the
 * server's first render and the browser's first tick may differ by a second, which is expected.
 */
export function Countdown({ target, offset, locale, label, zeroText, onDone, className }: Props) {
  const [now, setNow] = useState(() => Date.now())
  const done = useRef(false)
  const left = msUntil(target, offset, now)
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  // A new target (a late bid extended the lot) can count down to zero again.
  useEffect(() => {
    done.current = false
  }, [target])
  useEffect(() => {
    if (left === 0 && !done.current) {
      done.current = true
      onDone?.()
    }
  }, [left, onDone])
  if (left === 0 && zeroText) return <p className={`font-medium ${className ?? ""}`}>{zeroText}</p>
  return (
    <p className={className}>
      <span className="text-sm text-muted">{label}</span>{" "}
      <span role="timer" className="font-semibold tabular-nums" suppressHydrationWarning>
        {formatTimeLeft(left, locale)}
      </span>
    </p>
  )
}
