import { MedusaError } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { centsOf, checkedEntry, checkedPayout, type NewLedgerEntry, type NewPayout } from "./entry-rules"

const sale: NewLedgerEntry = { cooperative_id: "coop_1", currency_code: "mad", kind: "sale", amount: 1200.5, occurred_at: new Date("2026-11-01") }
const payout: NewPayout = {
  cooperative_id: "coop_1",
  currency_code: "mad",
  amount: 100,
  paid_at: new Date("2026-11-01"),
  bank_reference: "  VIR 118  ",
  recorded_by: "user_1",
}
const now = new Date("2026-11-02")
const invalid = (field: string) => expect.objectContaining({ type: MedusaError.Types.INVALID_DATA, message: expect.stringContaining(field) })

describe("ledger entry rules", () => {
  it("reads amounts as whole cents, tolerating float noise but not a third decimal", () => {
    expect(centsOf(0.1 + 0.2)).toBe(30)
    expect(centsOf(1200.5 * 0.12)).toBe(14406)
    expect(() => centsOf(10.005)).toThrow(invalid("amount"))
    expect(() => centsOf(Number.NaN)).toThrow(invalid("amount"))
    expect(() => centsOf("12")).toThrow(invalid("amount"))
  })

  it("keeps each kind's sign and stores amounts exact to the cent", () => {
    expect(checkedEntry({ ...sale, amount: 0.1 + 0.2 }).amount).toBe(0.3)
    expect(checkedEntry({ ...sale, kind: "commission_refund", amount: 5 }).amount).toBe(5)
    expect(() => checkedEntry({ ...sale, amount: -5 })).toThrow(invalid("amount"))
    expect(() => checkedEntry({ ...sale, kind: "commission", amount: 5 })).toThrow(invalid("amount"))
    expect(() => checkedEntry({ ...sale, kind: "refund", amount: 0 })).toThrow(invalid("amount"))
  })

  it.each([
    ["currency_code", { currency_code: "MAD" }],
    ["currency_code", { currency_code: "dirham" }],
    ["cooperative_id", { cooperative_id: " " }],
    ["occurred_at", { occurred_at: new Date("not a date") }],
    ["kind", { kind: "payout" }],
    ["kind", { kind: "gift" }],
  ])("refuses an entry whose %s is wrong", (field, change) => {
    expect(() => checkedEntry({ ...sale, ...change } as NewLedgerEntry)).toThrow(invalid(field))
  })

  it("checks a payout and trims its bank reference", () => {
    expect(checkedPayout(payout, now)).toEqual({ cents: 10000, bank_reference: "VIR 118" })
    expect(() => checkedPayout({ ...payout, amount: -100 }, now)).toThrow(invalid("amount"))
    expect(() => checkedPayout({ ...payout, bank_reference: "   " }, now)).toThrow(invalid("bank_reference"))
    expect(() => checkedPayout({ ...payout, bank_reference: "x".repeat(101) }, now)).toThrow(invalid("bank_reference"))
    expect(checkedPayout({ ...payout, bank_reference: "x".repeat(100) }, now).bank_reference).toHaveLength(100)
    expect(() => checkedPayout({ ...payout, paid_at: new Date("2026-11-03") }, now)).toThrow(invalid("paid_at"))
    expect(() => checkedPayout({ ...payout, recorded_by: "" }, now)).toThrow(invalid("recorded_by"))
  })
})
