import { describe, expect, it } from "vitest"
import { queryText } from "./query-text"

describe("queryText", () => {
  it("normalises French like the documents: accents folded, stop words dropped", () => {
    expect(queryText("Tapis berbère de Khénifra")).toEqual({ q: "tapis berbere khenifra ", matchesNothing: false })
  })

  it("normalises Arabic like the documents: diacritics, hamza seats and ta marbuta folded", () => {
    expect(queryText("الزَّرْبِيَّة الأمازيغيّة")).toEqual({ q: "الزربيه الامازيغيه ", matchesNothing: false })
    expect(queryText("زربية من صوف")).toEqual({ q: "زربيه صوف ", matchesNothing: false })
  })

  it("folds ligatures and Arabic-Indic digits", () => {
    expect(queryText("Cœur ١٢٣").q).toBe("coeur 123 ")
  })

  it("ends the query with a space for complete words, and leaves the last word a prefix for typeahead", () => {
    expect(queryText("tapis zay", "all").q).toBe("tapis zay ")
    expect(queryText("tapis zay", "last").q).toBe("tapis zay")
  })

  it("keeps a query made only of stop words", () => {
    expect(queryText("de la").q).toBe("de la ")
  })

  it("strips Meilisearch's phrase and negation syntax", () => {
    expect(queryText('"tapis" -laine').q).toBe("tapis laine ")
  })

  it("tells a browse from a query that normalises to nothing", () => {
    expect(queryText(undefined)).toEqual({ q: "", matchesNothing: false })
    expect(queryText("   ")).toEqual({ q: "", matchesNothing: false })
    expect(queryText("!!")).toEqual({ q: "", matchesNothing: true })
  })
})
