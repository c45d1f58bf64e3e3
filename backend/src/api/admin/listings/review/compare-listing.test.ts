import { describe, expect, it } from "vitest"
import { newListingChanges, type ReviewedProduct, revisionChanges } from "./compare-listing"

const live: ReviewedProduct = {
  title: { fr: "Tapis zayane", ar: "زربية زيانية", en: "Zayane rug" },
  subtitle: { fr: "Laine de M'rirt" },
  description: { fr: "Noué main." },
  category: "tapis-zayane",
  images: ["http://x/a.png", "http://x/b.png"],
  provenance: { id: "prov_1", created_at: "2026-01-01", technique: "hand-knotted-pile", width_cm: 150, village: "Aghbalou" },
  variants: [{ title: "150 × 240 cm", sku: null, prices: { mad: 4800 }, stock: 1 }],
}

describe("newListingChanges", () => {
  it("shows every field as new, provenance without its record bookkeeping", () => {
    const changes = newListingChanges(live)
    expect(changes.map((change) => change.field)).toEqual(["title", "subtitle", "description", "category", "images", "provenance", "variants"])
    expect(changes.every((change) => change.before === null)).toBe(true)
    expect(changes.find((change) => change.field === "provenance")!.after).toEqual({
      technique: "hand-knotted-pile",
      width_cm: 150,
      village: "Aghbalou",
    })
    expect(changes.find((change) => change.field === "variants")!.after).toEqual([{ title: "150 × 240 cm", sku: null, prices: { mad: 4800 }, stock: 1 }])
  })

  it("keeps a missing provenance as null rather than inventing one", () => {
    expect(newListingChanges({ ...live, provenance: null }).find((change) => change.field === "provenance")!.after).toBeNull()
  })
})

describe("revisionChanges", () => {
  it("compares only the fields the revision changes", () => {
    expect(revisionChanges(live, { category: "hanbel" })).toEqual([{ field: "category", before: "tapis-zayane", after: "hanbel" }])
  })

  it("shows a text in every language, with the changed language replaced", () => {
    expect(revisionChanges(live, { title: { ar: "زربية جديدة" } })).toEqual([
      {
        field: "title",
        before: { fr: "Tapis zayane", ar: "زربية زيانية", en: "Zayane rug" },
        after: { fr: "Tapis zayane", ar: "زربية جديدة", en: "Zayane rug" },
      },
    ])
  })

  it("shows the provenance fields changed, with their live value or null", () => {
    expect(revisionChanges(live, { provenance: { width_cm: 160, dyes: ["madder"] } })).toEqual([
      { field: "provenance", before: { width_cm: 150, dyes: null }, after: { width_cm: 160, dyes: ["madder"] } },
    ])
    expect(revisionChanges({ ...live, provenance: null }, { provenance: { width_cm: 160 } })).toEqual([
      { field: "provenance", before: null, after: { width_cm: 160 } },
    ])
  })

  it("shows the whole image list, since its order picks the thumbnail", () => {
    const reordered = ["http://x/b.png", "http://x/a.png"]
    expect(revisionChanges(live, { images: reordered })).toEqual([{ field: "images", before: live.images, after: reordered }])
    expect(revisionChanges(live, { images: [] })).toEqual([{ field: "images", before: live.images, after: [] }])
  })
})
