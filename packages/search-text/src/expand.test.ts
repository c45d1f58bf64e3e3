import { describe, expect, it } from "vitest"
import { expandSynonyms, synonymMap } from "./expand"

describe("expandSynonyms", () => {
  it("brings in every word of a group one of whose words the text names", () => {
    const found = expandSynonyms("Tapis noué main")
    expect(found).toEqual(expect.arrayContaining(["tapis", "زربيه", "zarbiya", "rug", "carpet"]))
  })

  it("reads Arabic words with their article or a preposition attached, and Latin plurals", () => {
    expect(expandSynonyms("الزربية")).toContain("rug")
    expect(expandSynonyms("بالصوف")).toContain("wool")
    expect(expandSynonyms("laines")).toContain("wool")
  })

  it("matches several words only as a phrase", () => {
    expect(expandSynonyms("tissage plat")).toContain("kilim")
    expect(expandSynonyms("plat de tissage")).not.toContain("kilim")
  })

  it("brings nothing for unrelated text", () => {
    expect(expandSynonyms("une assiette peinte")).toEqual([])
  })
})

describe("synonymMap", () => {
  it("maps each normalised word to the others of its group", () => {
    const map = synonymMap()
    expect(map["زربيه"]).toEqual(expect.arrayContaining(["tapis", "rug"]))
    expect(map.tapis).not.toContain("tapis")
  })
})
