import { describe, expect, it } from "vitest"
import { createBody, priceChanges, provenanceOf, stockChanges, updateBody } from "./listing-body"
import { emptyListingValues, type ListingValues } from "./listing-form"
import { valuesFromProduct } from "./listing-prefill"
import { testProduct } from "./listing-test-product"

const newCarpet = (): ListingValues => ({
  ...emptyListingValues("ar"),
  category: "hanbel",
  width: "150",
  length: "٢٤٠",
  technique: "hanbel-flat-weave",
  materials: ["wool"],
  dyeKind: "natural",
  dyes: ["madder", "undyed-ivory"],
  workHours: "",
  texts: {
    fr: { title: "", subtitle: "", description: "" },
    ar: { title: " حنبل أحمر ", subtitle: "حنبل، 150 × 240 سم", description: "نسجته يطو." },
    en: { title: "Red hanbel", subtitle: "", description: "" },
  },
  variants: [{ id: null, title: "", price: "1 250,5", stock: "7" }],
})

describe("createBody", () => {
  it("sends the texts in the languages written, the size as the variant's name and a stock of 1 for a unique piece", () => {
    expect(createBody(newCarpet(), "tapis", "نموذج واحد")).toEqual({
      title: { ar: "حنبل أحمر", en: "Red hanbel" },
      subtitle: { ar: "حنبل، 150 × 240 سم" },
      description: { ar: "نسجته يطو." },
      category: "hanbel",
      variants: [{ title: "150 × 240 cm", prices: { mad: 1250.5 }, stock: 1 }],
      provenance: {
        technique: "hanbel-flat-weave",
        materials: ["wool"],
        dye_kind: "natural",
        dyes: ["madder", "undyed-ivory"],
        width_cm: 150,
        length_cm: 240,
        work_hours: null,
        one_of_a_kind: true,
      },
    })
  })

  it("sends the stock typed for several pieces, and names a variant without size by default", () => {
    const honey = { ...newCarpet(), category: "miel", technique: "raw-extracted", materials: ["honey"], oneOfAKind: true }
    const body = createBody(honey, "terroir", "Modèle unique")
    expect(body.variants).toEqual([{ title: "Modèle unique", prices: { mad: 1250.5 }, stock: 7 }])
    expect(body.provenance).toMatchObject({ width_cm: null, length_cm: null, dye_kind: null, dyes: [], one_of_a_kind: false })
  })
})

describe("provenanceOf", () => {
  it("sends no colours without a dye kind", () => {
    expect(provenanceOf({ ...newCarpet(), dyeKind: "" }, "tapis")).toMatchObject({ dye_kind: null, dyes: [] })
  })
})

describe("updateBody", () => {
  const product = testProduct()

  it("sends nothing when nothing changed (a live listing would get a revision for nothing)", () => {
    expect(updateBody(valuesFromProduct(product, "fr"), "tapis", product, product.images)).toBeNull()
  })

  it("sends only the languages, facts and images that changed", () => {
    const values = valuesFromProduct(product, "fr")
    values.texts.en.title = "Red Zayane rug"
    values.width = "210"
    const body = updateBody(values, "tapis", product, [product.images[1], product.images[0]])
    expect(body).toEqual({ title: { en: "Red Zayane rug" }, provenance: { width_cm: 210 }, images: [product.images[1], product.images[0]] })
  })

  it("clears the carpet facts when the category becomes pottery", () => {
    const values = { ...valuesFromProduct(product, "fr"), category: "poterie", technique: "wheel-thrown", materials: ["clay"] }
    expect(updateBody(values, "poterie", product, product.images)).toEqual({
      category: "poterie",
      provenance: { technique: "wheel-thrown", materials: ["clay"], dye_kind: null, dyes: [] },
    })
  })
})

describe("price and stock changes", () => {
  const product = testProduct({ variants: [{ ...testProduct().variants[0], stock: 4 }] })

  it("sends a variant's price or stock only when it changed", () => {
    const values = { ...valuesFromProduct(product, "fr"), oneOfAKind: false }
    expect(priceChanges(values, product)).toEqual([])
    expect(stockChanges(values, "tapis", product)).toEqual([])
    values.variants = [{ ...values.variants[0], price: "4800", stock: "3" }]
    expect(priceChanges(values, product)).toEqual([{ id: product.variants[0].id, prices: { mad: 4800 } }])
    expect(stockChanges(values, "tapis", product)).toEqual([{ id: product.variants[0].id, stock: 3 }])
  })

  it("leaves a one-of-a-kind piece's stock as it is", () => {
    const values = valuesFromProduct(testProduct({ variants: [{ ...testProduct().variants[0], stock: 0 }] }), "fr")
    expect(stockChanges(values, "tapis", product)).toEqual([])
  })
})
