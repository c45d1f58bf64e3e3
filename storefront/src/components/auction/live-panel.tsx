"use client"

import type { Locale } from "@tiwizi/locale"
import { useRouter } from "next/navigation"
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react"
import { clockOffset } from "@/lib/auction-time"
import type { AuctionPhase } from "@/lib/auction-types"
import type { AuctionView } from "@/lib/auction-view"
import type { BidFormState } from "@/lib/actions/auctions"
import { BidForm, type BidFormLabels } from "./bid-form"
import { BidHistory } from "./bid-history"
import { Countdown } from "./countdown"

export type LivePanelLabels = {
  phases: Record<AuctionPhase, string>
  endsIn: string
  startsIn: string
  closing: string
  softClose: string
  history: { title: string; empty: string; auto: string }
  form: BidFormLabels
}

type Props = {
  initial: AuctionView
  locale: Locale
  /** The storefront's proxy of the lot's stream, and the same state for polling. */
  streamUrl: string
  pollUrl: string
  labels: LivePanelLabels
  /** Shown where the form would be to a visitor who cannot bid (log in, verify the email). */
  children?: ReactNode
}

/** How often the page asks for the lot's state when it has no stream. */
const pollEvery = 3000
/** How long after a failed stream the page opens it again. */
const reconnectAfter = 30_000

/** A state and how far the server's clock was ahead of this one when it arrived. */
type Received = { view: AuctionView; offset: number }

function receive(view: AuctionView): Received {
  return { view, offset: clockOffset(view.serverTime, Date.now()) }
}

/** The later of two states by the server's clock: an answer that arrives late never undoes a newer one. */
function newer(current: Received, next: AuctionView): Received {
  return Date.parse(next.serverTime) >= Date.parse(current.view.serverTime) ? receive(next) : current
}

/**
 * The lot page's live part: price, bids, time left, where the reader stands, the bid form and
 * the history. It follows the lot through the storefront's stream and falls back to asking
 * every 3 seconds when the browser has no EventSource or the stream fails (until the stream,
 * tried again every 30 seconds, answers). Every text comes
 * ready from the server; this only swaps them and counts the time down from the server's clock.
 * When the lot changes phase or status (it starts, ends, is closed, is cancelled), the server
 * parts of the page are rendered again (the winner's payment, the form's conditions).
 */
export function LivePanel({ initial, locale, streamUrl, pollUrl, labels, children }: Props) {
  const [{ view, offset }, setReceived] = useState(() => receive(initial))
  const router = useRouter()
  const apply = useCallback((next: AuctionView) => setReceived((current) => newer(current, next)), [])
  // What the bid form said of the reader's last placed bid, shown for as long as it leads.
  const [placed, setPlaced] = useState<string | null>(null)
  const answer = useCallback(
    (state: Exclude<BidFormState, { status: "idle" }>) => {
      if (state.view) apply(state.view)
      if (state.status === "placed") setPlaced(state.message)
    },
    [apply],
  )
  const poll = useCallback(async () => {
    const response = await fetch(pollUrl, { cache: "no-store" })
    if (response.ok) apply((await response.json()) as AuctionView)
  }, [pollUrl, apply])

  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined
    let retry: ReturnType<typeof setTimeout> | undefined
    let source: EventSource | undefined
    // A failed poll is simply asked again 3 seconds later.
    const startPolling = () => {
      timer ??= setInterval(() => poll().catch(() => undefined), pollEvery)
    }
    if (typeof EventSource === "undefined") {
      startPolling()
      return () => clearInterval(timer)
    }
    // A stream that fails (a backend restarting, a proxy's timeout) gives way to polling and is
    // opened again 30 seconds later; its first state stops the polling.
    const connect = () => {
      const stream = new EventSource(streamUrl)
      source = stream
      stream.addEventListener("state", (event) => {
        clearInterval(timer)
        timer = undefined
        apply(JSON.parse((event as MessageEvent<string>).data) as AuctionView)
      })
      stream.addEventListener("error", () => {
        stream.close()
        startPolling()
        retry = setTimeout(connect, reconnectAfter)
      })
    }
    connect()
    return () => {
      source?.close()
      clearInterval(timer)
      clearTimeout(retry)
    }
  }, [streamUrl, poll, apply])

  // A new phase or status (started, ended, closed with an offer, cancelled): the page's server
  // parts are rendered again, once per change.
  const rendered = useRef(`${initial.phase}:${initial.status}`)
  useEffect(() => {
    const shown = `${view.phase}:${view.status}`
    if (shown === rendered.current) return
    rendered.current = shown
    router.refresh()
  }, [view.phase, view.status, router])

  // At zero the lot has just started or ended: its new state says which.
  const atZero = useCallback(() => {
    setTimeout(() => poll().catch(() => undefined), 1000)
  }, [poll])

  const standingStyle = view.standing?.kind === "winning" || view.standing?.kind === "won" ? "bg-olive text-sand" : "bg-terracotta-dark text-sand"
  return (
    <div className="space-y-6" data-testid="live-panel">
      <div className="space-y-3 rounded-2xl bg-wool p-5 ring-1 ring-clay/70">
        <p className="flex items-center gap-2 text-sm font-medium">
          {view.phase === "live" && <span aria-hidden="true" className="size-2.5 animate-pulse rounded-full bg-terracotta" />}
          {labels.phases[view.phase]}
        </p>
        <div aria-live="polite" aria-atomic="true" data-testid="lot-price">
          <p className="text-sm text-muted">{view.price.label}</p>
          <p className="text-3xl font-bold tracking-tight">
            <bdi className="tabular-nums">{view.price.text}</bdi>
          </p>
          <p className="text-sm">{view.bidCount}</p>
        </div>
        <p role="status" data-testid="standing" className={view.standing ? `inline-block rounded-full px-3 py-1 font-semibold ${standingStyle}` : "sr-only"}>
          {view.standing?.text}
        </p>
        {placed && view.standing?.kind === "winning" && <p className="font-medium text-olive">{placed}</p>}
        {view.reserve && <p className="text-sm">{view.reserve}</p>}
        {view.closed ? (
          <p className="font-medium">{view.closed}</p>
        ) : view.phase === "upcoming" ? (
          <Countdown target={view.startsAt} offset={offset} locale={locale} label={labels.startsIn} onDone={atZero} />
        ) : (
          <>
            <Countdown target={view.endsAt} offset={offset} locale={locale} label={labels.endsIn} zeroText={labels.closing} onDone={atZero} />
            <p className="text-xs text-muted">{labels.softClose}</p>
          </>
        )}
        {view.yourMax && <p className="text-sm">{view.yourMax}</p>}
        {/* The form says the minimum next to its amount; without the form, it is said here. */}
        {view.minNext && !view.canBid && <p className="text-sm font-medium">{view.minNext.text}</p>}
      </div>
      {view.canBid && view.minNext ? (
        <BidForm lotId={view.id} locale={locale} minNext={view.minNext} raise={view.raise} labels={labels.form} onAnswer={answer} />
      ) : (
        children
      )}
      <BidHistory bids={view.bids} bidCount={view.bidCount} labels={labels.history} />
    </div>
  )
}
