import { formatMoney } from "@tiwizi/locale"
import { describe, expect, it } from "vitest"
import { listingText, moneyLines } from "./portal-summary"

describe("listingText", () => {
  it("reads the member's language first, else the language the listing was written in", () => {
    expect(listingText({ fr: "Tapis", ar: "زربية" }, "ar")).toBe("زربية")
    expect(listingText({ ar: "زربية" }, "fr")).toBe("زربية")
    expect(listingText({ fr: " ", en: "Rug" }, "fr")).toBe("Rug")
    expect(listingText({}, "en")).toBe("")
  })
})

describe("moneyLines", () => {
  it("formats each currency for the reader, dirhams first", () => {
    const lines = moneyLines(
      [
        { currency_code: "usd", amount: 80 },
        { currency_code: "eur", amount: 120 },
        { currency_code: "mad", amount: 4500 },
      ],
      "ar",
    )
    expect(lines).toEqual([formatMoney(4500, "mad", "ar"), formatMoney(120, "eur", "ar"), formatMoney(80, "usd", "ar")])
  })

  it("says zero dirhams when nothing was sold", () => {
    expect(moneyLines([], "en")).toEqual([formatMoney(0, "mad", "en")])
  })
})
