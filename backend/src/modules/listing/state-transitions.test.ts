import { MedusaError } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { editModeOf, nextListingState } from "./state-transitions"

describe("nextListingState", () => {
  it("follows draft → in review → live, and back to draft on withdrawal", () => {
    expect(nextListingState("draft", "submit")).toBe("in_review")
    expect(nextListingState("in_review", "approve")).toBe("live")
    expect(nextListingState("in_review", "withdraw")).toBe("draft")
  })

  it("lets a rejected listing be submitted again and anything but an archived one be archived", () => {
    expect(nextListingState("in_review", "reject")).toBe("rejected")
    expect(nextListingState("rejected", "submit")).toBe("in_review")
    for (const state of ["draft", "in_review", "live", "rejected"] as const) expect(nextListingState(state, "archive")).toBe("archived")
  })

  it("refuses illegal moves as NOT_ALLOWED, naming the state and what is possible", () => {
    expect(() => nextListingState("archived", "submit")).toThrow(
      expect.objectContaining({ type: MedusaError.Types.NOT_ALLOWED, message: "state: a listing that is archived cannot be submitted (possible: nothing)" }),
    )
    expect(() => nextListingState("draft", "approve")).toThrow("state: a listing that is draft cannot be approved (possible: submit, archive)")
    expect(() => nextListingState("live", "reject")).toThrow("cannot be rejected")
    expect(() => nextListingState("live", "submit")).toThrow(MedusaError)
  })
})

describe("editModeOf", () => {
  it("edits drafts and rejected listings in place and turns a live listing's edits into revisions", () => {
    expect(editModeOf("draft")).toBe("direct")
    expect(editModeOf("rejected")).toBe("direct")
    expect(editModeOf("live")).toBe("revision")
  })

  it("freezes listings in review and archived ones", () => {
    expect(() => editModeOf("in_review")).toThrow("withdraw it first")
    expect(() => editModeOf("archived")).toThrow(expect.objectContaining({ type: MedusaError.Types.NOT_ALLOWED }))
  })
})
