"use client"

import type { Locale } from "@tiwizi/locale"
import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import type { Appearance } from "@stripe/stripe-js"
import { useEffect, useState, useTransition, type FormEvent } from "react"
import { getStripe, isPaymentConfirmed, stripePaymentErrorCode, type StripePaymentErrorCode } from "@/lib/stripe"

/** The card form's words, in the customer's language. */
export type StripePaymentLabels = {
  /** The button, with the amount: "Payer 1 234,00 €". */
  pay: string
  /** While the bank confirms and the order is placed. */
  paying: string
  /** While Stripe's form loads. */
  loading: string
  errors: Record<StripePaymentErrorCode, string>
}

/** What placing the order answers when it does not move on (on success it redirects). */
export type OrderOutcome = void | { error: string }

type Props = {
  /** The `client_secret` of the payment session's PaymentIntent. */
  clientSecret: string
  locale: Locale
  /** Where a payment method that leaves the page (a bank's 3-D Secure page) comes back to: the review step. */
  returnUrl: string
  /** Places the order once the card is confirmed: the checkout's server action. */
  onConfirmed: () => Promise<OrderOutcome>
  labels: StripePaymentLabels
}

// The shop's palette (globals.css), so the form Stripe draws in its iframe looks like ours.
const appearance: Appearance = {
  theme: "stripe",
  variables: { colorPrimary: "#a8471f", colorText: "#2a211a", colorDanger: "#8a3915", borderRadius: "12px" },
}

/**
 * The card form of the payment step (regions abroad, when Stripe is configured): Stripe's
 * Payment Element for the session's PaymentIntent, in the customer's language. Stripe.js is
 * loaded when this renders, not before. Paying confirms the intent with Stripe (3-D Secure opens
 * over the page; a method that must leave it comes back to `returnUrl`), then places the order
 * through `onConfirmed`. What goes wrong is said next to the form, and the customer can retry.
 */
export function StripePayment({ clientSecret, locale, returnUrl, onConfirmed, labels }: Props) {
  const [stripe] = useState(getStripe)
  const [unavailable, setUnavailable] = useState(false)
  useEffect(() => {
    let current = true
    void stripe.then((loaded) => current && setUnavailable(!loaded))
    return () => {
      current = false
    }
  }, [stripe])
  return (
    <Elements key={clientSecret} stripe={stripe} options={{ clientSecret, locale, appearance }}>
      <CardForm returnUrl={returnUrl} onConfirmed={onConfirmed} labels={labels} unavailable={unavailable} />
    </Elements>
  )
}

type CardFormProps = Pick<Props, "returnUrl" | "onConfirmed" | "labels"> & { unavailable: boolean }

function CardForm({ returnUrl, onConfirmed, labels, unavailable }: CardFormProps) {
  const stripe = useStripe()
  const elements = useElements()
  const [ready, setReady] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const [placing, startPlacing] = useTransition()
  const [failure, setFailure] = useState<StripePaymentErrorCode | null>(null)
  const error = unavailable ? "unavailable" : failure
  const busy = confirming || placing

  async function pay(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!stripe || !elements || busy) return
    setFailure(null)
    setConfirming(true)
    const result = await stripe.confirmPayment({ elements, redirect: "if_required", confirmParams: { return_url: returnUrl } })
    if (result.error || !isPaymentConfirmed(result.paymentIntent.status)) {
      setConfirming(false)
      setFailure(result.error ? stripePaymentErrorCode(result.error) : "declined")
      return
    }
    // A transition, so that the action's redirect to the order page is followed by the router;
    // the button stays busy from the bank's answer until the order page shows.
    startPlacing(async () => {
      setConfirming(false)
      const outcome = await onConfirmed()
      if (outcome?.error) setFailure("order")
    })
  }

  return (
    <form onSubmit={pay} className="space-y-5">
      <div className="min-h-56" aria-busy={!ready}>
        {!ready && !error && <p className="text-muted">{labels.loading}</p>}
        <PaymentElement onReady={() => setReady(true)} onLoadError={() => setFailure("unavailable")} />
      </div>
      <div aria-live="polite" className="min-h-6">
        {error && (
          <p role="alert" className="rounded-lg bg-terracotta/10 p-3 text-sm text-terracotta-dark">
            {labels.errors[error]}
          </p>
        )}
      </div>
      <button
        type="submit"
        disabled={!stripe || !ready || busy}
        aria-disabled={!stripe || !ready || busy}
        className="inline-flex min-h-12 w-full items-center justify-center rounded-full bg-terracotta px-8 text-lg font-semibold text-sand hover:bg-terracotta-dark disabled:cursor-wait disabled:opacity-70 sm:w-auto"
      >
        {busy ? labels.paying : labels.pay}
      </button>
    </form>
  )
}
