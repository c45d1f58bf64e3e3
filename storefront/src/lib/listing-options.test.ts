import { leafCategoryHandles } from "@tiwizi/crafts"
import { describe, expect, it } from "vitest"
import { familyOf, wizardOptions } from "./listing-options"

describe("familyOf", () => {
  it("names the family of a leaf category, and nothing for a parent or an unknown handle", () => {
    expect(familyOf("tapis-zayane")).toBe("tapis")
    expect(familyOf("poterie")).toBe("poterie")
    expect(familyOf("miel")).toBe("terroir")
    expect(familyOf("tapis")).toBeNull()
    expect(familyOf("voitures")).toBeNull()
  })
})

describe("wizardOptions", () => {
  it("offers every leaf category, labelled in the page's language and keeping all three labels", () => {
    const options = wizardOptions("ar")
    expect(options.categories.map((category) => category.handle)).toEqual([...leafCategoryHandles])
    expect(options.categories.find((category) => category.handle === "hanbel")).toMatchObject({ family: "tapis", label: "الحنبل (نسيج مسطح)" })
    expect(options.techniques.find((technique) => technique.code === "wheel-thrown")).toEqual({ code: "wheel-thrown", family: "poterie", label: "مشكل على دولاب الخزاف" })
    expect(options.dyes.find((dye) => dye.code === "madder")).toMatchObject({ kind: "natural", hex: "#a3282a" })
  })
})
