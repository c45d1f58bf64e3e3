import { describe, expect, it } from "vitest"
import { decodeDocument, encodeDocument } from "./documents"
import { productIndex } from "./product-index.fixture"

const fields = {
  ...productIndex.fields,
  variants: { type: "object" as const, array: true, fields: { sku: { type: "keyword" as const }, created_at: { type: "date" as const } } },
}

describe("encodeDocument", () => {
  it("stores dates as epoch milliseconds and coerces values to their field's type", () => {
    expect(
      encodeDocument(
        {
          id: "prod_1",
          created_at: "2024-03-08T10:00:00.000Z",
          price_mad: "1850",
          women_led: "true",
          handle: 7,
          materials: ["laine", "henne"],
          cooperative: { handle: "tifawin", province: "khenifra" },
          variants: [{ sku: 12, created_at: new Date("2024-03-09T00:00:00.000Z") }],
          extra: { kept: true },
          search_title_fr: null,
        },
        fields,
      ),
    ).toEqual({
      id: "prod_1",
      created_at: 1709892000000,
      price_mad: 1850,
      women_led: true,
      handle: "7",
      materials: ["laine", "henne"],
      cooperative: { handle: "tifawin", province: "khenifra" },
      variants: [{ sku: "12", created_at: 1709942400000 }],
      extra: { kept: true },
      search_title_fr: null,
    })
  })

  it("refuses values that are not what the field says", () => {
    expect(() => encodeDocument({ id: "prod_1", created_at: "soon" }, fields)).toThrow('Cannot index "soon" as a date in "created_at"')
    expect(() => encodeDocument({ id: "prod_1", variants: [{ created_at: "soon" }] }, fields)).toThrow(
      'Cannot index "soon" as a date in "variants.created_at"',
    )
    expect(() => encodeDocument({ id: "prod_1", price_mad: "cheap" }, fields)).toThrow('Cannot index "cheap" as a number in "price_mad"')
  })
})

describe("decodeDocument", () => {
  it("gives dates back as ISO strings and leaves the rest alone", () => {
    expect(decodeDocument({ id: "prod_1", created_at: 1709892000000, price_mad: 1850, variants: [{ created_at: 1709942400000 }] }, fields)).toEqual({
      id: "prod_1",
      created_at: "2024-03-08T10:00:00.000Z",
      price_mad: 1850,
      variants: [{ created_at: "2024-03-09T00:00:00.000Z" }],
    })
  })
})
