import { describe, expect, it } from "vitest"
import { emptyListingValues, type ListingValues } from "./listing-form"
import { asksStock, firstInvalidStep, stepOfField, validateStep } from "./listing-validation"

const carpet = (patch: Partial<ListingValues> = {}): ListingValues => ({
  ...emptyListingValues("fr"),
  category: "tapis-zayane",
  width: "200",
  length: "300",
  technique: "hand-knotted-pile",
  materials: ["wool"],
  texts: {
    fr: { title: "Tapis zayane rouge", subtitle: "Tapis zayane, 200 × 300 cm", description: "Noué par Itto à Aghbalou." },
    ar: { title: "", subtitle: "", description: "" },
    en: { title: "", subtitle: "", description: "" },
  },
  variants: [{ id: null, title: "", price: "4500", stock: "1" }],
  ...patch,
})

const context = { family: "tapis" as const, photoCount: 2 }

describe("validateStep", () => {
  it("wants at least one photo and at most ten", () => {
    expect(validateStep("photos", carpet(), { ...context, photoCount: 0 })).toEqual({ photos: "photo_required" })
    expect(validateStep("photos", carpet(), { ...context, photoCount: 11 })).toEqual({ photos: "too_many_photos" })
    expect(validateStep("photos", carpet(), context)).toEqual({})
  })

  it("wants a category it knows the family of", () => {
    expect(validateStep("category", carpet(), { ...context, family: null })).toEqual({ category: "required" })
  })

  it("wants a technique and a material, and a size (if given) in whole centimetres", () => {
    expect(validateStep("questions", carpet({ technique: "", materials: [], width: "", length: "2,5" }), context)).toEqual({
      technique: "required",
      materials: "required",
      length: "whole_number",
    })
    expect(validateStep("questions", carpet({ width: "5" }), context)).toEqual({ width: "size_range" })
  })

  it("does not require a size, and never asks a jar of honey its size or dye", () => {
    expect(validateStep("questions", carpet({ width: "", length: "" }), context)).toEqual({})
    expect(validateStep("questions", carpet({ width: "9", dyes: ["madder"] }), { ...context, family: "terroir" })).toEqual({})
  })

  it("wants the dye kind before colours, and plausible hours (Arabic digits read as Latin)", () => {
    expect(validateStep("questions", carpet({ dyes: ["madder"], workHours: "٣٠٠" }), context)).toEqual({ dyeKind: "dye_kind_required" })
    expect(validateStep("questions", carpet({ workHours: "20000" }), context)).toEqual({ workHours: "hours_range" })
  })

  it("wants the three texts in the writing language only, and no text too long", () => {
    const values = carpet({ language: "ar" })
    expect(validateStep("words", values, context)).toEqual({ "title.ar": "required", "subtitle.ar": "required", "description.ar": "required" })
    const long = carpet()
    long.texts.en.title = "x".repeat(201)
    expect(validateStep("words", long, context)).toEqual({ "title.en": "too_long" })
  })

  it("wants a price above 0 with two decimals at most, and a stock unless the piece is one of a kind", () => {
    expect(validateStep("price", carpet({ variants: [{ id: null, title: "", price: "0", stock: "" }] }), context)).toEqual({ "variants.0.price": "price_invalid" })
    expect(validateStep("price", carpet({ variants: [{ id: null, title: "", price: "12,345", stock: "1" }] }), context)).toEqual({ "variants.0.price": "price_invalid" })
    expect(validateStep("price", carpet({ variants: [{ id: null, title: "", price: "1 250,50", stock: "1" }] }), context)).toEqual({})
    expect(validateStep("price", carpet({ variants: [{ id: null, title: "", price: "0,07", stock: "1" }] }), context)).toEqual({})
    const several = carpet({ oneOfAKind: false, variants: [{ id: null, title: "", price: "", stock: "-1" }] })
    expect(validateStep("price", several, context)).toEqual({ "variants.0.price": "required", "variants.0.stock": "stock_range" })
  })
})

describe("asksStock", () => {
  it("asks the stock of several pieces and of goods that are never one of a kind", () => {
    expect(asksStock(carpet(), "tapis")).toBe(false)
    expect(asksStock(carpet({ oneOfAKind: false }), "tapis")).toBe(true)
    expect(asksStock(carpet(), "terroir")).toBe(true)
  })
})

describe("firstInvalidStep", () => {
  it("names the first step to fix with its errors, or nothing when all is right", () => {
    expect(firstInvalidStep(carpet(), context)).toBeNull()
    expect(firstInvalidStep(carpet({ technique: "", variants: [{ id: null, title: "", price: "", stock: "1" }] }), context)).toEqual({
      step: "questions",
      errors: { technique: "required" },
    })
  })
})

describe("stepOfField", () => {
  it("leads each field back to its step", () => {
    expect(["photos", "category", "width", "dyes", "title.ar", "description.fr", "variants.0.stock"].map(stepOfField)).toEqual([
      "photos",
      "category",
      "questions",
      "questions",
      "words",
      "words",
      "price",
    ])
  })
})
