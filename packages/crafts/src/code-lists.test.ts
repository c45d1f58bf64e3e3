import { locales, type Translated } from "@tiwizi/locale"
import { describe, expect, it } from "vitest"
import { categoryHandles } from "./categories"
import { dyeCodes, dyeOf, dyes, isDye } from "./dyes"
import { isMaterial, materialCodes, materialOf, materials } from "./materials"
import { isTechnique, techniqueCodes, techniqueOf, techniques } from "./techniques"

const ARABIC_LETTER = /[\u0621-\u064a]/

/** Checks a text exists in every locale, with Arabic letters in Arabic and none in French. */
function expectTranslated(text: Translated, what: string): void {
  for (const locale of locales) expect(text[locale].trim(), `${what} (${locale})`).not.toBe("")
  expect(text.ar, `${what} (ar)`).toMatch(ARABIC_LETTER)
  expect(text.fr, `${what} (fr)`).not.toMatch(ARABIC_LETTER)
}

describe.each([
  { name: "techniques", codes: techniqueCodes, entries: techniques, guard: isTechnique, lookup: techniqueOf },
  { name: "materials", codes: materialCodes, entries: materials, guard: isMaterial, lookup: materialOf },
  { name: "dyes", codes: dyeCodes, entries: dyes, guard: isDye, lookup: dyeOf },
])("$name", ({ codes, entries, guard, lookup }) => {
  it("has unique kebab-case codes, one entry each, in the order of the code list", () => {
    expect(new Set(codes).size).toBe(codes.length)
    expect(entries.map((entry) => entry.code)).toEqual([...codes])
    for (const code of codes) expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/)
  })

  it("labels every code in the three languages", () => {
    for (const entry of entries) expectTranslated(entry.label, entry.code)
  })

  it("accepts its own codes and nothing else", () => {
    for (const code of codes) expect(guard(code)).toBe(true)
    expect(guard("plastic")).toBe(false)
    expect(guard(codes[0].toUpperCase())).toBe(false)
    expect(guard(undefined)).toBe(false)
  })

  it("looks entries up by code and throws for an unknown one", () => {
    expect(lookup(codes[1]).code).toBe(codes[1])
    expect(() => lookup("plastic")).toThrow(RangeError)
  })
})

describe("techniques", () => {
  it("belong to a real category", () => {
    for (const technique of techniques) expect(categoryHandles).toContain(technique.category)
  })
})
