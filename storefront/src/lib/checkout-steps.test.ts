import { describe, expect, it } from "vitest"
import { furthestStep, nextStep, resolveStep } from "./checkout-steps"

const addressed = { email: "amina@example.ma", shipping_address: { address_1: "12 rue Zitoune", country_code: "ma" } }
const shipped = { ...addressed, shipping_methods: [{ id: "casm_1" }] }
const paid = { ...shipped, payment_collection: { payment_sessions: [{ status: "pending" }] } }

describe("furthestStep", () => {
  it("opens each step once the ones before it are done", () => {
    expect(furthestStep({})).toBe("address")
    expect(furthestStep({ email: "amina@example.ma" })).toBe("address")
    expect(furthestStep(addressed)).toBe("delivery")
    expect(furthestStep(shipped)).toBe("payment")
    expect(furthestStep(paid)).toBe("review")
  })
  it("does not count a canceled payment session", () => {
    expect(furthestStep({ ...shipped, payment_collection: { payment_sessions: [{ status: "canceled" }] } })).toBe("payment")
  })
})

describe("resolveStep", () => {
  it("shows a step the cart has reached, earlier ones included", () => {
    expect(resolveStep("delivery", paid)).toBe("delivery")
    expect(resolveStep("address", paid)).toBe("address")
    expect(resolveStep("review", paid)).toBe("review")
  })
  it("sends a step the cart has not reached, or an unknown one, to the furthest open step", () => {
    expect(resolveStep("review", addressed)).toBe("delivery")
    expect(resolveStep("payment", {})).toBe("address")
    expect(resolveStep("nonsense", shipped)).toBe("payment")
    expect(resolveStep(undefined, {})).toBe("address")
  })
})

describe("nextStep", () => {
  it("goes forward and stops at the review", () => {
    expect(nextStep("address")).toBe("delivery")
    expect(nextStep("payment")).toBe("review")
    expect(nextStep("review")).toBe("review")
  })
})
