import { describe, expect, it } from "vitest"
import { offsetOf, pageCount, parsePage } from "./pagination"

describe("pagination", () => {
  it("reads ?page= as a positive whole number, else page 1", () => {
    expect(parsePage("3")).toBe(3)
    expect(parsePage(["2", "5"])).toBe(2)
    for (const bad of [undefined, "", "0", "-1", "1.5", "abc", "1e3", "99999999"]) expect(parsePage(bad)).toBe(1)
  })
  it("turns a page into the backend's offset", () => {
    expect(offsetOf(1, 24)).toBe(0)
    expect(offsetOf(3, 24)).toBe(48)
  })
  it("counts pages, with at least one", () => {
    expect(pageCount(0, 24)).toBe(1)
    expect(pageCount(24, 24)).toBe(1)
    expect(pageCount(25, 24)).toBe(2)
  })
})
