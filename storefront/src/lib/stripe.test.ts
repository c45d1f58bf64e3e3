import { beforeEach, describe, expect, it, vi } from "vitest"

const loadStripe = vi.hoisted(() => vi.fn())
vi.mock("@stripe/stripe-js/pure", () => ({ loadStripe }))

// A fresh module each time: it keeps the loaded Stripe.js for the page.
const freshModule = () => import("./stripe")

beforeEach(() => {
  vi.resetModules()
  vi.unstubAllEnvs()
  loadStripe.mockReset()
})

describe("getStripe", () => {
  it("loads nothing without a publishable key", async () => {
    vi.stubEnv("NEXT_PUBLIC_STRIPE_KEY", "")
    const { getStripe, isStripeConfigured } = await freshModule()
    expect(isStripeConfigured()).toBe(false)
    expect(await getStripe()).toBeNull()
    expect(loadStripe).not.toHaveBeenCalled()
  })

  it("loads Stripe.js once, when first asked", async () => {
    vi.stubEnv("NEXT_PUBLIC_STRIPE_KEY", "pk_test_tiwizi")
    const stripe = { confirmPayment: vi.fn() }
    loadStripe.mockResolvedValue(stripe)
    const { getStripe, isStripeConfigured } = await freshModule()
    expect(isStripeConfigured()).toBe(true)
    expect(loadStripe).not.toHaveBeenCalled()
    expect(await getStripe()).toBe(stripe)
    expect(await getStripe()).toBe(stripe)
    expect(loadStripe).toHaveBeenCalledTimes(1)
    expect(loadStripe).toHaveBeenCalledWith("pk_test_tiwizi")
  })

  it("answers null when the script cannot load, and tries again next time", async () => {
    vi.stubEnv("NEXT_PUBLIC_STRIPE_KEY", "pk_test_tiwizi")
    loadStripe.mockRejectedValueOnce(new Error("Failed to load Stripe.js")).mockResolvedValueOnce({ confirmPayment: vi.fn() })
    const { getStripe } = await freshModule()
    expect(await getStripe()).toBeNull()
    expect(await getStripe()).not.toBeNull()
    expect(loadStripe).toHaveBeenCalledTimes(2)
  })
})

describe("stripePaymentErrorCode", () => {
  it.each([
    [{ type: "validation_error", code: "incomplete_number" }, "incomplete"],
    [{ type: "card_error", code: "card_declined" }, "declined"],
    [{ type: "card_error", code: "insufficient_funds" }, "declined"],
    [{ type: "card_error", code: "expired_card" }, "expired"],
    [{ type: "card_error", code: "incorrect_cvc" }, "cvc"],
    [{ type: "invalid_request_error", code: "payment_intent_authentication_failure" }, "authentication"],
    [{ type: "api_connection_error", code: undefined }, "unreachable"],
    [{ type: "api_error", code: undefined }, "unknown"],
  ] as const)("classifies %o as %s", async (error, code) => {
    const { stripePaymentErrorCode } = await freshModule()
    expect(stripePaymentErrorCode(error)).toBe(code)
  })
})

describe("isPaymentConfirmed", () => {
  it("lets the order be placed once the amount is authorized or charged, not before", async () => {
    const { isPaymentConfirmed } = await freshModule()
    expect(isPaymentConfirmed("requires_capture")).toBe(true)
    expect(isPaymentConfirmed("succeeded")).toBe(true)
    expect(isPaymentConfirmed("requires_action")).toBe(false)
    expect(isPaymentConfirmed("requires_payment_method")).toBe(false)
    expect(isPaymentConfirmed("processing")).toBe(false)
  })
})
