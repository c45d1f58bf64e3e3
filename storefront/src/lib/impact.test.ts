import { describe, expect, it } from "vitest"
import { impactFigures } from "./impact"

const impact = { cooperatives_selling: 1250, women_led_cooperatives: 478, women_led_share: 0.3824, carpets_sold: 87, cooperative_share: 0.9 }

describe("impactFigures", () => {
  it("writes counts whole and shares as whole percentages, in French", () => {
    expect(impactFigures(impact, "fr")).toEqual([
      { key: "cooperatives", value: "1.250" },
      { key: "womenLed", value: expect.stringMatching(/^38\s%$/) },
      { key: "carpets", value: "87" },
      { key: "share", value: expect.stringMatching(/^90\s%$/) },
    ])
  })

  it("keeps Latin digits in Arabic", () => {
    const values = impactFigures(impact, "ar").map((figure) => figure.value)
    expect(values.join(" ")).not.toMatch(/[٠-٩]/)
    expect(values[1]).toMatch(/38/)
  })

  it("shows an empty shop as zeros, never as a broken share", () => {
    const none = { cooperatives_selling: 0, women_led_cooperatives: 0, women_led_share: 0, carpets_sold: 0, cooperative_share: 0.9 }
    expect(impactFigures(none, "en").map((figure) => figure.value)).toEqual(["0", "0%", "0", "90%"])
  })
})
