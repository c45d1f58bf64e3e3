import { describe, expect, it } from "vitest"
import { mergeChanges } from "./changes"

describe("mergeChanges", () => {
  it("merges texts by language and provenance by field, and replaces category and images", () => {
    const merged = mergeChanges(
      { title: { fr: "Tapis zayane" }, provenance: { village: "Aghbalou", work_hours: 300 }, images: ["a", "b"], category: "hanbel" },
      { title: { ar: "زربية زيانية" }, provenance: { work_hours: 320 }, images: ["b"], category: "tapis-zayane" },
    )
    expect(merged).toEqual({
      title: { fr: "Tapis zayane", ar: "زربية زيانية" },
      provenance: { village: "Aghbalou", work_hours: 320 },
      images: ["b"],
      category: "tapis-zayane",
    })
  })

  it("keeps what the newer edit does not touch and adds what it brings", () => {
    expect(mergeChanges({ description: { fr: "Laine" } }, { subtitle: { en: "Wool rug" } })).toEqual({
      description: { fr: "Laine" },
      subtitle: { en: "Wool rug" },
    })
  })
})
