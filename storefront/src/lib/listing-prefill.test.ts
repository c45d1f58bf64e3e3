import { describe, expect, it } from "vitest"
import { valuesFromProduct, withPendingChanges } from "./listing-prefill"
import { testProduct } from "./listing-test-product"

describe("withPendingChanges", () => {
  it("shows a live listing as its pending change would make it", () => {
    const product = testProduct({
      revision: {
        id: "lrev_1",
        status: "pending",
        reason: null,
        created_at: "2026-01-04T10:00:00.000Z",
        decided_at: null,
        changes: { title: { en: "Red rug" }, images: ["http://localhost:9000/static/b.webp"], provenance: { width_cm: 210 } },
      },
    })
    const shown = withPendingChanges(product)
    expect(shown.title).toEqual({ fr: "Tapis zayane rouge", ar: "زربية زيانية حمراء", en: "Red rug" })
    expect(shown.images).toEqual(["http://localhost:9000/static/b.webp"])
    expect(shown.provenance).toMatchObject({ width_cm: 210, length_cm: 300 })
  })

  it("leaves a product without a pending change as it is", () => {
    const product = testProduct()
    expect(withPendingChanges(product)).toBe(product)
  })
})

describe("valuesFromProduct", () => {
  it("fills the wizard from the product, writing in the page's language when the product has it", () => {
    const values = valuesFromProduct(testProduct(), "ar")
    expect(values).toMatchObject({
      category: "tapis-zayane",
      width: "200",
      length: "300",
      technique: "hand-knotted-pile",
      dyeKind: "natural",
      dyes: ["madder"],
      workHours: "300",
      oneOfAKind: true,
      language: "ar",
      subtitleEdited: true,
      variants: [{ id: "variant_01JTESTVARIANT00000000000", title: "200 × 300 cm", price: "4500", stock: "1" }],
    })
    expect(values.texts.fr.title).toBe("Tapis zayane rouge")
    expect(values.texts.en).toEqual({ title: "", subtitle: "", description: "" })
  })

  it("writes in the product's own language when it has no title in the page's", () => {
    expect(valuesFromProduct(testProduct(), "en").language).toBe("fr")
  })
})
