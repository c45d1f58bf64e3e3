import { locales } from "@tiwizi/locale"
import { describe, expect, it } from "vitest"
import { dyeCodes, dyeOf, dyes, isNaturallyDyed } from "./dyes"

describe("dyes", () => {
  it("each have a distinct colour the image generator can paint with", () => {
    for (const dye of dyes) {
      expect(dye.hex, dye.code).toMatch(/^#[0-9a-f]{6}$/)
      for (const locale of locales) expect(dye.shade[locale].trim(), `${dye.code} ${locale}`).not.toBe("")
      expect(dye.shade.ar).toMatch(/[\u0621-\u064a]/)
      // Shades are written inside sentences ("Couleurs : rouge garance et écru naturel").
      expect(dye.shade.fr, dye.code).toBe(dye.shade.fr.toLowerCase())
      expect(dye.shade.en, dye.code).toBe(dye.shade.en.toLowerCase())
    }
    expect(new Set(dyes.map((dye) => dye.hex)).size).toBe(dyeCodes.length)
  })

  it("cover the plant and insect dyes of Moroccan weaving, undyed fleece and synthetics", () => {
    for (const code of ["henna", "indigo", "madder", "saffron", "pomegranate", "walnut", "cochineal"]) {
      expect(dyeOf(code).kind).toBe("natural")
    }
    expect(dyeOf("undyed-ivory").kind).toBe("undyed")
    expect(dyeOf("synthetic-pink").kind).toBe("synthetic")
  })

  it("tells a naturally dyed piece from one with any synthetic colour", () => {
    expect(isNaturallyDyed(["madder", "undyed-ivory"])).toBe(true)
    expect(isNaturallyDyed(["madder", "synthetic-orange"])).toBe(false)
    expect(isNaturallyDyed([])).toBe(false)
    expect(() => isNaturallyDyed(["plastic"])).toThrow(RangeError)
  })
})
