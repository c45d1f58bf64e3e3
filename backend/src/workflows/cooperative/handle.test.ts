import { describe, expect, it } from "vitest"
import { handleCandidates, slugify } from "./handle"

describe("cooperative handles", () => {
  it("folds accents and punctuation into hyphenated lower-case words", () => {
    expect(slugify("Coopérative Tighza")).toBe("cooperative-tighza")
    expect(slugify("  M'rirt  ")).toBe("m-rirt")
    expect(slugify("Kaf En-Nsour")).toBe("kaf-en-nsour")
  })

  it("leaves nothing of a name with no Latin letters", () => {
    expect(slugify("تعاونية تيفاوين")).toBe("")
  })

  it("names a cooperative after its name and commune, then numbers it", () => {
    expect(handleCandidates("Coopérative Tifawin", "Aghbalou", 3)).toEqual([
      "tifawin-aghbalou",
      "tifawin-aghbalou-2",
      "tifawin-aghbalou-3",
    ])
  })

  it("falls back to the commune, then to a generic word, for names in Arabic", () => {
    expect(handleCandidates("تعاونية تيفاوين", "Aghbalou", 1)).toEqual(["aghbalou"])
    expect(handleCandidates("تعاونية تيفاوين", "أغبالو", 2)).toEqual(["cooperative", "cooperative-2"])
  })
})
