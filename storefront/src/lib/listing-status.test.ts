import { describe, expect, it } from "vitest"
import { hasPendingRevision, listingActionsFor, staffReasonOf } from "./listing-status"
import { testProduct } from "./listing-test-product"

const revision = { id: "lrev_1", changes: {}, created_at: "2026-01-04T10:00:00.000Z", decided_at: null }

describe("listingActionsFor", () => {
  it("offers what the state allows", () => {
    expect(listingActionsFor({ state: "draft", first_live_at: null })).toEqual(["edit", "submit", "delete"])
    expect(listingActionsFor({ state: "rejected", first_live_at: null })).toEqual(["edit", "submit", "archive"])
    expect(listingActionsFor({ state: "in_review", first_live_at: null })).toEqual(["withdraw", "archive"])
    expect(listingActionsFor({ state: "live", first_live_at: "2026-01-03" })).toEqual(["edit", "archive"])
    expect(listingActionsFor({ state: "archived", first_live_at: "2026-01-03" })).toEqual([])
  })

  it("archives, never deletes, a draft that was once live", () => {
    expect(listingActionsFor({ state: "draft", first_live_at: "2026-01-03" })).toEqual(["edit", "submit", "archive"])
  })
})

describe("staffReasonOf", () => {
  it("shows the listing's rejection while it is rejected", () => {
    const product = testProduct({ listing: { ...testProduct().listing, state: "rejected", rejection_reason: "Photo floue" } })
    expect(staffReasonOf(product)).toEqual({ kind: "listing", reason: "Photo floue" })
  })

  it("shows a rejected change of a live listing", () => {
    const product = testProduct({ revision: { ...revision, status: "rejected", reason: "Prix dans le titre" } })
    expect(staffReasonOf(product)).toEqual({ kind: "revision", reason: "Prix dans le titre" })
  })

  it("shows nothing when nothing was refused", () => {
    expect(staffReasonOf(testProduct({ revision: { ...revision, status: "approved", reason: null } }))).toBeNull()
  })
})

describe("hasPendingRevision", () => {
  it("is true while a change waits for staff", () => {
    expect(hasPendingRevision(testProduct({ revision: { ...revision, status: "pending", reason: null } }))).toBe(true)
    expect(hasPendingRevision(testProduct())).toBe(false)
  })
})
