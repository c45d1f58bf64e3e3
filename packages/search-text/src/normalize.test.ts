import { describe, expect, it } from "vitest"
import { normalizeText, words } from "./normalize"

describe("normalizeText", () => {
  it("folds French accents, ligatures and case", () => {
    expect(normalizeText("Bérbère ŒUVRE à Khénifra")).toBe("berbere oeuvre a khenifra")
  })

  it("unifies Arabic letters and drops diacritics and tatweel", () => {
    expect(normalizeText("الزَّرْبِيَّة")).toBe("الزربيه")
    expect(normalizeText("زربيـــة")).toBe("زربيه")
    expect(normalizeText("أمازيغي إبداع آسيا ٱلمغرب")).toBe("امازيغي ابداع اسيا المغرب")
    expect(normalizeText("مؤسسة شاطئ مستشفى")).toBe("موسسه شاطي مستشفي")
  })

  it("writes Arabic-Indic digits as Latin ones", () => {
    expect(normalizeText("٢٠٢٤ و ۱۵")).toBe("2024 و 15")
  })

  it("turns punctuation into single spaces", () => {
    expect(normalizeText("  l’Atlas — flat-weave, 140×200 ")).toBe("l atlas flat weave 140 200")
    expect(words("?!")).toEqual([])
  })
})
