import { describe, expect, it } from "vitest"
import type { VendorOrder, VendorOrderItem } from "@/lib/data/vendor-orders"
import { isOrderId, isOrderItemId, nextActionOf, orderActionsFor, orderTabOf, piecesOf, refundOf, timelineOf } from "./order-status"

const item = (id: string, quantity: number, total: number, cancelled = false): VendorOrderItem => ({
  id,
  title: "Tapis zayane",
  variant_title: null,
  thumbnail: null,
  quantity,
  unit_price: total / quantity,
  total,
  commission_amount: total / 10,
  cancelled_at: cancelled ? "2026-05-02T10:00:00Z" : null,
  cancel_reason: cancelled ? "Abîmé" : null,
})

const stamps = { created_at: "2026-05-01T09:00:00Z", accepted_at: null, shipped_at: null, delivered_at: null, cancelled_at: null }

describe("orderTabOf", () => {
  it("takes a known tab and falls back to what is still to do", () => {
    expect(orderTabOf("shipped")).toBe("shipped")
    expect(orderTabOf("new")).toBe("todo")
    expect(orderTabOf(["cancelled"])).toBe("todo")
    expect(orderTabOf(undefined)).toBe("todo")
  })
})

describe("what a member does with a part", () => {
  it("names the one next step of each status for the list", () => {
    expect(["new", "accepted", "shipped", "delivered", "cancelled"].map((status) => nextActionOf(status as VendorOrder["status"]))).toEqual([
      "accept",
      "ship",
      "deliver",
      "view",
      "view",
    ])
  })

  it("offers what the status allows, cancelling items only before the parcel leaves and while one is left", () => {
    const items = [item("corditem_01", 1, 100), item("corditem_02", 2, 300)]
    expect(orderActionsFor({ status: "new", items })).toEqual(["accept", "cancel_item"])
    expect(orderActionsFor({ status: "accepted", items })).toEqual(["packing_slip", "ship", "cancel_item"])
    expect(orderActionsFor({ status: "shipped", items })).toEqual(["deliver"])
    expect(orderActionsFor({ status: "delivered", items })).toEqual([])
    expect(orderActionsFor({ status: "cancelled", items: items.map((line) => ({ ...line, cancelled_at: "2026-05-02" })) })).toEqual([])
  })

  it("counts the pieces still to send", () => {
    expect(piecesOf({ items: [item("corditem_01", 1, 100, true), item("corditem_02", 2, 300)] })).toBe(2)
  })

  it("refunds a line's total, or everything still due for the last line left (the shipping goes back too)", () => {
    const items = [item("corditem_01", 1, 100), item("corditem_02", 2, 300), item("corditem_03", 1, 50, true)]
    expect(refundOf({ items, amount_due: 430 }, "corditem_01")).toBe(100)
    const lastOne = [item("corditem_01", 1, 100, true), item("corditem_02", 2, 300)]
    expect(refundOf({ items: lastOne, amount_due: 330 }, "corditem_02")).toBe(330)
  })
})

describe("timelineOf", () => {
  it("lists every step of a part on its way, those not reached yet without a moment", () => {
    expect(timelineOf({ ...stamps, status: "accepted", accepted_at: "2026-05-01T10:00:00Z" })).toEqual([
      { step: "placed", at: "2026-05-01T09:00:00Z" },
      { step: "accepted", at: "2026-05-01T10:00:00Z" },
      { step: "shipped", at: null },
      { step: "delivered", at: null },
    ])
  })

  it("ends a cancelled part with its cancellation, after its acceptance if it had one", () => {
    expect(timelineOf({ ...stamps, status: "cancelled", cancelled_at: "2026-05-02T08:00:00Z" }).map((step) => step.step)).toEqual(["placed", "cancelled"])
    const accepted = { ...stamps, status: "cancelled" as const, accepted_at: "2026-05-01T10:00:00Z", cancelled_at: "2026-05-02T08:00:00Z" }
    expect(timelineOf(accepted).map((step) => step.step)).toEqual(["placed", "accepted", "cancelled"])
  })
})

describe("ids", () => {
  it("knows a part's and an item's id by their prefixes", () => {
    expect(isOrderId("cord_01JX8Z3Q4W5E6R7T8Y9U0I1O2P")).toBe(true)
    expect(isOrderId("corditem_01JX8Z3Q4W5E6R7T8Y9U0I1O2P")).toBe(false)
    expect(isOrderId("cord_../../admin")).toBe(false)
    expect(isOrderItemId("corditem_01JX8Z3Q4W5E6R7T8Y9U0I1O2P")).toBe(true)
    expect(isOrderItemId("cord_01JX8Z3Q4W5E6R7T8Y9U0I1O2P")).toBe(false)
  })
})
