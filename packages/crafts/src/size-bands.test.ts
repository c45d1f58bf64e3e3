import { locales } from "@tiwizi/locale"
import { describe, expect, it } from "vitest"
import { isSizeBand, sizeBandCodes, sizeBandOf, sizeBands } from "./size-bands"

describe("sizeBandOf", () => {
  it("files common carpet sizes", () => {
    expect(sizeBandOf(60, 90)).toBe("small")
    expect(sizeBandOf(155, 240)).toBe("medium")
    expect(sizeBandOf(250, 350)).toBe("large")
  })

  it("puts exactly 2 m² and exactly 4 m² in the medium band", () => {
    expect(sizeBandOf(100, 199.99)).toBe("small")
    expect(sizeBandOf(100, 200)).toBe("medium")
    expect(sizeBandOf(200, 200)).toBe("medium")
    expect(sizeBandOf(200, 200.01)).toBe("large")
  })

  it("does not depend on which side is the width", () => {
    expect(sizeBandOf(300, 80)).toBe(sizeBandOf(80, 300))
  })

  it.each([
    [0, 200],
    [-120, 180],
    [120, Number.NaN],
    [Number.POSITIVE_INFINITY, 100],
  ])("rejects %s × %s cm with a RangeError", (width, length) => {
    expect(() => sizeBandOf(width, length)).toThrow(RangeError)
  })
})

describe("size bands", () => {
  it("tile the areas without gaps and are labelled in three languages", () => {
    expect(sizeBands.map((band) => band.code)).toEqual([...sizeBandCodes])
    sizeBands.slice(1).forEach((band, index) => expect(band.minAreaM2).toBe(sizeBands[index].maxAreaM2))
    for (const band of sizeBands) {
      for (const locale of locales) expect(band.label[locale]).toMatch(/\d/)
      expect(band.label.ar).toMatch(/[\u0621-\u064a]/)
    }
    expect(isSizeBand("medium")).toBe(true)
    expect(isSizeBand("huge")).toBe(false)
  })
})
