import { describe, expect, it } from "vitest"
import { queryWords } from "./query"
import { closestWithinTypos, typoBudget } from "./typos"

describe("typoBudget", () => {
  it("forgives no typo under 5 letters, 1 up to 8, 2 from 9", () => {
    expect([typoBudget("miel"), typoBudget("laine"), typoBudget("khenifra"), typoBudget("tisserand")]).toEqual([0, 1, 1, 2])
  })

  it("counts Arabic letters, not bytes", () => {
    expect(typoBudget("زربيه")).toBe(1)
  })
})

describe("closestWithinTypos", () => {
  it("picks the closest candidate within the budget", () => {
    expect(closestWithinTypos("khnifra", ["khemisset", "khenifra"])).toBe("khenifra")
    expect(closestWithinTypos("poterrie", ["poterie", "potier"])).toBe("poterie")
  })

  it("refuses candidates beyond the budget", () => {
    expect(closestWithinTypos("mial", ["miel"])).toBeUndefined()
    expect(closestWithinTypos("khnifraa", ["khenifra"])).toBeUndefined()
  })
})

describe("queryWords", () => {
  it("drops stop words unless nothing else is left", () => {
    expect(queryWords("Tapis de laine")).toEqual(["tapis", "laine"])
    expect(queryWords("rug of wool")).toEqual(["rug", "wool"])
    expect(queryWords("زربية من صوف")).toEqual(["زربيه", "صوف"])
    expect(queryWords("de la")).toEqual(["de", "la"])
  })
})
