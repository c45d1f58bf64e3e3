import { FetchError } from "@medusajs/js-sdk"
import { describe, expect, it } from "vitest"
import { orderFailure, parseCancel, parseDeliver, parseShip } from "./order-forms"

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.append(name, value)
  return data
}

describe("parseShip", () => {
  it("takes a carrier of the list and the tracking number, Arabic digits as Latin ones", () => {
    expect(parseShip(form({ carrier: "Amana", tracking_number: " RR١٢٣٤٥٦٧٨٩MA " }))).toEqual({
      ok: true,
      data: { carrier: "Amana", tracking_number: "RR123456789MA" },
    })
  })

  it("takes the carrier typed when the member chose other", () => {
    expect(parseShip(form({ carrier: "other", carrier_other: "Ghazala Transport", tracking_number: "GZ-2026/15" }))).toEqual({
      ok: true,
      data: { carrier: "Ghazala Transport", tracking_number: "GZ-2026/15" },
    })
  })

  it("names each missing or wrong field and keeps what was typed", () => {
    const refused = parseShip(form({ carrier: "other", carrier_other: "", tracking_number: "RR#1" }))
    expect(refused).toEqual({
      ok: false,
      state: { status: "error", values: { carrier: "other", carrier_other: "", tracking_number: "RR#1" }, errors: { carrier_other: "required", tracking_number: "tracking_chars" } },
    })
    const empty = parseShip(form({ carrier: "La Poste", tracking_number: "" }))
    expect(empty.ok === false && empty.state.status === "error" && empty.state.errors).toEqual({ carrier: "required", tracking_number: "required" })
    const long = parseShip(form({ carrier: "DHL", tracking_number: "1".repeat(81) }))
    expect(long.ok === false && long.state.status === "error" && long.state.errors).toEqual({ tracking_number: "too_long" })
  })
})

describe("parseDeliver", () => {
  it("reads the cash as a member types it", () => {
    expect(parseDeliver(form({ cash_collected: "1 250,50" }), true)).toEqual({ ok: true, data: { cash_collected: 1250.5 } })
    expect(parseDeliver(form({ cash_collected: "٤٨٠٠" }), true)).toEqual({ ok: true, data: { cash_collected: 4800 } })
    expect(parseDeliver(form({ cash_collected: "0" }), true)).toEqual({ ok: true, data: { cash_collected: 0 } })
  })

  it("refuses no amount, words, a third decimal and more than the backend takes", () => {
    const codeOf = (value: string) => {
      const parsed = parseDeliver(form({ cash_collected: value }), true)
      return parsed.ok ? null : parsed.state.status === "error" && parsed.state.errors.cash_collected
    }
    expect(["", "mille", "12,505", "-5", "10000001"].map(codeOf)).toEqual(["required", "amount_invalid", "amount_invalid", "amount_invalid", "amount_invalid"])
  })

  it("records no cash for a card payment", () => {
    expect(parseDeliver(form({}), false)).toEqual({ ok: true, data: {} })
  })
})

describe("parseCancel", () => {
  it("needs a reason of at most 500 characters", () => {
    expect(parseCancel(form({ reason: "  La pièce a été abîmée au lavage " }))).toEqual({ ok: true, data: { reason: "La pièce a été abîmée au lavage" } })
    expect(parseCancel(form({ reason: " " }))).toMatchObject({ ok: false, state: { errors: { reason: "required" } } })
    expect(parseCancel(form({ reason: "x".repeat(501) }))).toMatchObject({ ok: false, state: { errors: { reason: "too_long" } } })
  })
})

describe("orderFailure", () => {
  const refused = (message: string, status = 400) => new FetchError(message, "", status)

  it("puts the backend's refusal next to the field it names", () => {
    expect(orderFailure(refused("Invalid request: tracking_number may hold letters, digits, spaces and . / - only"), ["carrier", "tracking_number"])).toEqual({
      code: "tracking_chars",
      field: "tracking_number",
    })
    expect(orderFailure(refused("Invalid request: carrier must be at most 80 characters"), ["carrier", "tracking_number"])).toEqual({ code: "too_long", field: "carrier" })
    expect(orderFailure(refused("cash_collected: say how much cash the carrier collected"), ["cash_collected"])).toEqual({ code: "required", field: "cash_collected" })
    expect(orderFailure(refused("Invalid request: cash_collected has at most 2 decimals"), ["cash_collected"])).toEqual({ code: "amount_invalid", field: "cash_collected" })
    expect(orderFailure(refused("Invalid request: reason must not be empty"), ["reason"])).toEqual({ code: "required", field: "reason" })
  })

  it("tells a part that moved meanwhile, an item already cancelled, and a foreign part apart", () => {
    expect(orderFailure(refused("status: an order that is shipped cannot be marked accepted"))).toEqual({ code: "status_changed" })
    expect(orderFailure(refused("status: items of an order that is shipped can no longer be cancelled"), ["reason"])).toEqual({ code: "status_changed" })
    expect(orderFailure(refused("item_id: this item is already cancelled"), ["reason"])).toEqual({ code: "item_cancelled" })
    expect(orderFailure(refused("Order with id: cord_1 was not found", 404))).toEqual({ code: "not_found" })
  })

  it("sends an ended session to the login, and leaks nothing of the unexpected", () => {
    expect(orderFailure(refused("Unauthorized", 401))).toEqual({ unauthorized: true })
    expect(orderFailure(refused("duplicate key value violates unique constraint", 500))).toEqual({ code: "unknown" })
    expect(orderFailure(new TypeError("fetch failed", { cause: new Error("ECONNREFUSED") }))).toEqual({ code: "unreachable" })
    expect(orderFailure(new Error("boom"))).toEqual({ code: "unknown" })
    expect(orderFailure(refused("Invalid request: something else entirely"), ["reason"])).toEqual({ code: "invalid" })
  })
})
