import { describe, expect, it } from "vitest"
import { countryName } from "@tiwizi/locale"
import { formatOrderDate, fulfillmentStatusKey, orderStatusKey, paymentStatusKey } from "./account-orders"

describe("status keys", () => {
  it("keep Medusa's statuses and fold unknown ones into other", () => {
    expect(orderStatusKey("pending")).toBe("pending")
    expect(orderStatusKey("lost_in_space")).toBe("other")
    expect(paymentStatusKey("captured")).toBe("captured")
    expect(paymentStatusKey(undefined)).toBe("other")
    expect(fulfillmentStatusKey("delivered")).toBe("delivered")
    expect(fulfillmentStatusKey(42)).toBe("other")
  })
})

describe("formatOrderDate and countryName", () => {
  it("write dates and countries in the customer's language, with Latin digits in Arabic", () => {
    const date = "2026-03-08T10:00:00.000Z"
    expect(formatOrderDate(date, "fr")).toBe("8 mars 2026")
    expect(formatOrderDate(date, "en")).toBe("8 March 2026")
    expect(formatOrderDate(date, "ar")).toMatch(/^8 .+ 2026$/)
    expect(countryName("ma", "fr")).toBe("Maroc")
    expect(countryName("ma", "ar")).toBe("المغرب")
    expect(countryName("fr", "en")).toBe("France")
  })
})
