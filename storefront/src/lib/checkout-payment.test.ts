import { describe, expect, it } from "vitest"
import { activePaymentSession, cartAllowsCash, offeredPaymentProviders } from "./checkout-payment"

describe("offeredPaymentProviders", () => {
  it("offers cash on delivery in Morocco and the card only with Stripe's key", () => {
    expect(offeredPaymentProviders(["pp_cod_cod", "pp_stripe_stripe"], false)).toEqual(["pp_cod_cod"])
    expect(offeredPaymentProviders(["pp_stripe_stripe", "pp_cod_cod"], true)).toEqual(["pp_cod_cod", "pp_stripe_stripe"])
    expect(offeredPaymentProviders(["pp_stripe_stripe"], true)).toEqual(["pp_stripe_stripe"])
  })
  it("never offers a provider it has no form for, nor one the region lacks", () => {
    expect(offeredPaymentProviders(["pp_system_default"], true)).toEqual([])
    expect(offeredPaymentProviders([], true)).toEqual([])
  })
  it("leaves cash on delivery out of an auction cart whose lot is paid by card only", () => {
    expect(offeredPaymentProviders(["pp_cod_cod", "pp_stripe_stripe"], true, false)).toEqual(["pp_stripe_stripe"])
    expect(cartAllowsCash({ metadata: { auction_lot_id: "alot_1", auction_cash_on_delivery: false } })).toBe(false)
    expect(cartAllowsCash({ metadata: { auction_lot_id: "alot_1", auction_cash_on_delivery: true } })).toBe(true)
    expect(cartAllowsCash({ metadata: null })).toBe(true)
  })
})

describe("activePaymentSession", () => {
  it("is the latest session that is not canceled", () => {
    const sessions = [
      { provider_id: "pp_cod_cod", status: "pending" },
      { provider_id: "pp_stripe_stripe", status: "canceled" },
    ]
    expect(activePaymentSession(sessions)?.provider_id).toBe("pp_cod_cod")
    expect(activePaymentSession([])).toBeUndefined()
    expect(activePaymentSession(null)).toBeUndefined()
  })
})
