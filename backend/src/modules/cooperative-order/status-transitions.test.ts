import { describe, expect, it } from "vitest"
import { assertItemsCancellable, assertPartMove } from "./status-transitions"

describe("a cooperative's part of an order", () => {
  it("goes new → accepted → shipped → delivered, one step at a time", () => {
    expect(assertPartMove("new", "accept")).toBe("accepted")
    expect(assertPartMove("accepted", "ship")).toBe("shipped")
    expect(assertPartMove("shipped", "deliver")).toBe("delivered")
    expect(() => assertPartMove("new", "ship")).toThrow("an order that is new cannot be marked shipped")
    expect(() => assertPartMove("delivered", "accept")).toThrow("cannot be marked accepted")
    expect(() => assertPartMove("cancelled", "deliver")).toThrow("cancelled cannot be marked delivered")
  })

  it("lets items be cancelled only before the parcel leaves", () => {
    expect(() => assertItemsCancellable("new")).not.toThrow()
    expect(() => assertItemsCancellable("accepted")).not.toThrow()
    expect(() => assertItemsCancellable("shipped")).toThrow("can no longer be cancelled")
  })
})
