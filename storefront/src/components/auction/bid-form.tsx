"use client"

import type { Locale } from "@tiwizi/locale"
import { useActionState, useEffect, useId, useState } from "react"
import { placeBid, type BidFormState } from "@/lib/actions/auctions"

export type BidFormLabels = {
  title: string
  amount: string
  kind: string
  bid: string
  bidHint: string
  max: string
  maxHint: string
  submit: string
  submitting: string
  raiseTitle: string
  raiseHint: string
  raiseSubmit: string
}

type Props = {
  lotId: string
  locale: Locale
  /** The smallest bid the lot takes now; the amount follows it until the bidder types their own. */
  minNext: { amount: number; text: string }
  /** The bidder leads: the form only raises their maximum. */
  raise: boolean
  labels: BidFormLabels
  /** The answer, for the panel around the form: the lot's new state, and what to say of a placed bid. */
  onAnswer: (answer: Exclude<BidFormState, { status: "idle" }>) => void
}

const idle: BidFormState = { status: "idle" }

/**
 * The bid form: an amount in whole dirhams and its kind, a bid of exactly that amount or a
 * maximum the lot bids up to on the bidder's behalf. A server action places it (so it works
 * before the page is interactive too). A refusal is said here, announced to screen readers; every
 * answer goes to the panel, which shows the new state. A leader's form has no kind to choose: it
 * raises their maximum.
 */
export function BidForm({ lotId, locale, minNext, raise, labels, onAnswer }: Props) {
  const [state, action, pending] = useActionState(placeBid, idle)
  // What the bidder typed, and after which answer: after the next one the amount follows the
  // lot's new minimum again.
  const [typed, setTyped] = useState<{ value: string; after: BidFormState } | null>(null)
  const id = useId()
  useEffect(() => {
    if (state.status !== "idle") onAnswer(state)
  }, [state, onAnswer])
  return (
    <form action={action} className="space-y-4" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="font-semibold">
        {raise ? labels.raiseTitle : labels.title}
      </h2>
      <input type="hidden" name="lot_id" value={lotId} />
      <input type="hidden" name="locale" value={locale} />
      <div className="space-y-1.5">
        <label htmlFor={`${id}-amount`} className="block font-medium">
          {labels.amount}
        </label>
        <input
          id={`${id}-amount`}
          name="amount"
          type="number"
          inputMode="numeric"
          min={minNext.amount}
          step={1}
          required
          value={typed?.after === state ? typed.value : String(minNext.amount)}
          onChange={(event) => setTyped({ value: event.target.value, after: state })}
          aria-describedby={`${id}-min${state.status === "error" ? ` ${id}-answer` : ""}`}
          aria-invalid={state.status === "error" ? true : undefined}
          className="min-h-12 w-full rounded-xl border border-clay bg-sand px-4 text-lg tabular-nums"
        />
        <p id={`${id}-min`} className="text-sm text-muted">
          {minNext.text}
        </p>
      </div>
      {raise ? (
        <>
          <input type="hidden" name="kind" value="max" />
          <p className="text-sm text-muted">{labels.raiseHint}</p>
        </>
      ) : (
        <fieldset className="space-y-2">
          <legend className="mb-1 font-medium">{labels.kind}</legend>
          {(["bid", "max"] as const).map((kind) => (
            <label key={kind} className="flex cursor-pointer gap-3 rounded-xl border border-clay p-3 has-checked:border-terracotta has-checked:bg-wool">
              <input type="radio" name="kind" value={kind} defaultChecked={kind === "bid"} className="mt-1 size-4 accent-terracotta-dark" />
              <span>
                <span className="block font-medium">{labels[kind]}</span>
                <span className="block text-sm text-muted">{kind === "bid" ? labels.bidHint : labels.maxHint}</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <button
        type="submit"
        disabled={pending}
        className="inline-flex min-h-12 w-full items-center justify-center rounded-full bg-terracotta-dark px-6 font-semibold text-sand hover:bg-ink disabled:opacity-60"
      >
        {pending ? labels.submitting : raise ? labels.raiseSubmit : labels.submit}
      </button>
      {state.status === "error" && (
        <p id={`${id}-answer`} role="alert" className="font-medium text-terracotta-dark">
          {state.message}
        </p>
      )}
    </form>
  )
}
