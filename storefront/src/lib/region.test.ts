import { describe, expect, it } from "vitest"
import { pickRegion } from "./region"

const regions = [
  { id: "reg_eu", name: "Europe", currency_code: "eur" },
  { id: "reg_ma", name: "Maroc", currency_code: "mad" },
  { id: "reg_int", name: "International", currency_code: "usd" },
]

describe("pickRegion", () => {
  it("picks the region of the chosen currency", () => {
    expect(pickRegion(regions, "usd")?.id).toBe("reg_int")
    expect(pickRegion(regions, "EUR")?.id).toBe("reg_eu")
  })
  it("falls back to Morocco, then to the first region", () => {
    expect(pickRegion(regions, undefined)?.id).toBe("reg_ma")
    expect(pickRegion(regions, "gbp")?.id).toBe("reg_ma")
    expect(pickRegion(regions.filter((r) => r.id !== "reg_ma"), undefined)?.id).toBe("reg_eu")
    expect(pickRegion([], "mad")).toBeUndefined()
  })
})
