import { fireEvent, render, screen, waitFor } from "@testing-library/react"
import { useEffect, type ReactNode } from "react"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { StripePayment, type StripePaymentLabels } from "./stripe-payment"

// Stripe.js and its React bindings are replaced: no network, and what the form hands them is
// what the tests read. The Payment Element reports itself ready (or failing) as Stripe's does.
const stripe = vi.hoisted(() => ({ confirmPayment: vi.fn() }))
const elements = vi.hoisted(() => ({ id: "elements" }))
const loadStripe = vi.hoisted(() => vi.fn())
const elementsProps = vi.hoisted(() => [] as { options: unknown }[])
const paymentElement = vi.hoisted(() => ({ fails: false }))
vi.mock("@stripe/stripe-js/pure", () => ({ loadStripe }))
vi.mock("@stripe/react-stripe-js", () => ({
  Elements: ({ children, options }: { children: ReactNode; options: unknown }) => {
    elementsProps.push({ options })
    return children
  },
  PaymentElement: function PaymentElement({ onReady, onLoadError }: { onReady: () => void; onLoadError: () => void }) {
    useEffect(() => (paymentElement.fails ? onLoadError() : onReady()), [onReady, onLoadError])
    return <div data-testid="payment-element" />
  },
  useStripe: () => stripe,
  useElements: () => elements,
}))

const labels: StripePaymentLabels = {
  pay: "Payer 1 234,00 €",
  paying: "Paiement en cours…",
  loading: "Chargement du formulaire de carte…",
  errors: {
    incomplete: "Complétez les informations de la carte.",
    declined: "Votre banque a refusé le paiement.",
    expired: "Cette carte a expiré.",
    cvc: "Le code de sécurité est incorrect.",
    authentication: "La vérification 3-D Secure n'a pas abouti.",
    unreachable: "Le paiement ne répond pas. Réessayez.",
    unavailable: "Le formulaire de carte ne se charge pas.",
    order: "Le paiement est accepté mais la commande n'a pas pu être enregistrée.",
    unknown: "Un problème est survenu. Réessayez.",
  },
}

const returnUrl = "https://tiwizi.example/fr/checkout?step=review"

function renderForm(onConfirmed = vi.fn().mockResolvedValue(undefined), locale: "fr" | "ar" | "en" = "fr") {
  render(<StripePayment clientSecret="pi_123_secret_456" locale={locale} returnUrl={returnUrl} onConfirmed={onConfirmed} labels={labels} />)
  return onConfirmed
}

const payButton = () => screen.getByRole("button", { name: labels.pay })

beforeEach(() => {
  vi.stubEnv("NEXT_PUBLIC_STRIPE_KEY", "pk_test_tiwizi")
  stripe.confirmPayment.mockReset()
  loadStripe.mockReset().mockResolvedValue(stripe)
  elementsProps.length = 0
  paymentElement.fails = false
})

describe("StripePayment", () => {
  it("loads Stripe only once the form shows, for the session's intent, in the customer's language", async () => {
    expect(loadStripe).not.toHaveBeenCalled()
    renderForm(undefined, "ar")
    expect(loadStripe).toHaveBeenCalledWith("pk_test_tiwizi")
    expect(elementsProps[0].options).toMatchObject({ clientSecret: "pi_123_secret_456", locale: "ar" })
    await waitFor(() => expect(payButton()).toBeEnabled())
  })

  it("confirms the card on the page (3-D Secure included), coming back to the review step if it must leave, then places the order", async () => {
    stripe.confirmPayment.mockResolvedValue({ paymentIntent: { status: "requires_capture" } })
    const onConfirmed = renderForm()
    fireEvent.click(await waitFor(() => payButton()))
    await waitFor(() => expect(onConfirmed).toHaveBeenCalledTimes(1))
    expect(stripe.confirmPayment).toHaveBeenCalledWith({ elements, redirect: "if_required", confirmParams: { return_url: returnUrl } })
    expect(screen.queryByRole("alert")).toBeNull()
  })

  it("says why the bank refused the card, places no order, and lets the customer try again", async () => {
    stripe.confirmPayment.mockResolvedValue({ error: { type: "card_error", code: "card_declined", message: "Your card was declined." } })
    const onConfirmed = renderForm()
    await waitFor(() => expect(payButton()).toBeEnabled())
    fireEvent.click(payButton())
    expect(await screen.findByRole("alert")).toHaveTextContent(labels.errors.declined)
    expect(onConfirmed).not.toHaveBeenCalled()
    expect(payButton()).toBeEnabled()
  })

  it("says when 3-D Secure was not passed", async () => {
    stripe.confirmPayment.mockResolvedValue({ error: { type: "invalid_request_error", code: "payment_intent_authentication_failure" } })
    renderForm()
    await waitFor(() => expect(payButton()).toBeEnabled())
    fireEvent.click(payButton())
    expect(await screen.findByRole("alert")).toHaveTextContent(labels.errors.authentication)
  })

  it("says when the payment went through but the order could not be placed", async () => {
    stripe.confirmPayment.mockResolvedValue({ paymentIntent: { status: "succeeded" } })
    renderForm(vi.fn().mockResolvedValue({ error: "sold_out" }))
    await waitFor(() => expect(payButton()).toBeEnabled())
    fireEvent.click(payButton())
    expect(await screen.findByRole("alert")).toHaveTextContent(labels.errors.order)
  })

  it("cannot be paid twice while the bank answers", async () => {
    let answer: (value: unknown) => void = () => {}
    stripe.confirmPayment.mockReturnValue(new Promise((resolve) => (answer = resolve)))
    const onConfirmed = renderForm()
    await waitFor(() => expect(payButton()).toBeEnabled())
    fireEvent.click(payButton())
    const busy = await screen.findByRole("button", { name: labels.paying })
    expect(busy).toBeDisabled()
    // A submission that does not come from the button is refused too.
    fireEvent.submit(busy.closest("form")!)
    answer({ paymentIntent: { status: "requires_capture" } })
    await waitFor(() => expect(onConfirmed).toHaveBeenCalledTimes(1))
    expect(stripe.confirmPayment).toHaveBeenCalledTimes(1)
  })

  it("says so when Stripe's form cannot load, and offers no button to press", async () => {
    paymentElement.fails = true
    renderForm()
    expect(await screen.findByRole("alert")).toHaveTextContent(labels.errors.unavailable)
    expect(payButton()).toBeDisabled()
  })
})
