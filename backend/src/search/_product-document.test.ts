import { describe, expect, it } from "vitest"
import { isSearchable, toProductDocument, type ProductRow, type Translations } from "./_product-document"

const row: ProductRow = {
  id: "prod_1",
  handle: "tapis-zayane-itri",
  status: "published",
  title: "Tapis zayane « Itri »",
  subtitle: "Noué main, 140 × 200 cm",
  description: "Laine du Moyen Atlas, teintures naturelles.",
  thumbnail: "http://localhost:9000/static/itri.webp",
  created_at: "2026-11-01T10:00:00.000Z",
  sales_channels: [{ id: "sc_shop" }],
  categories: [{ handle: "tapis-zayane" }],
  collection: { id: "pcol_1", handle: "pieces-uniques", title: "Pièces uniques" },
  tags: [{ value: "losanges" }],
  variants: [
    {
      manage_inventory: true,
      allow_backorder: false,
      prices: [
        { amount: 6000, currency_code: "mad", rules_count: 0 },
        { amount: 4000, currency_code: "mad", rules_count: 1 },
        { amount: 555, currency_code: "eur", rules_count: 0 },
      ],
      inventory_items: [{ inventory: { location_levels: [{ stocked_quantity: 1, reserved_quantity: 1 }] } }],
    },
    {
      manage_inventory: true,
      allow_backorder: false,
      prices: [{ amount: "5500", currency_code: "MAD", rules_count: 0 }],
      inventory_items: [{ inventory: { location_levels: [{ stocked_quantity: 2, reserved_quantity: 0 }] } }],
    },
  ],
  cooperative: {
    id: "coop_1",
    handle: "ithri",
    name: "Coopérative Ithri",
    status: "approved",
    province: "Khénifra",
    commune: "Kaf En-Nsour",
    women_led: true,
    rural: true,
  },
  provenance: {
    village: "Kaf En-Nsour",
    technique: "hand-knotted-pile",
    materials: ["wool"],
    dye_kind: "natural",
    dyes: ["henna"],
    width_cm: 140,
    length_cm: 200,
    one_of_a_kind: true,
    weaver_names: ["Rkia Idbelkacem"],
    weaver_consent: false,
  },
  listing: null,
}

const translations: Translations = new Map([
  ["prod_1", { ar: { title: "زربية زيانية «إيتري»" }, en: { title: "Zayane rug “Itri”", description: "Middle Atlas wool." } }],
])

describe("isSearchable", () => {
  it("keeps live products of approved cooperatives only", () => {
    expect(isSearchable(row)).toBe(true)
    expect(isSearchable({ ...row, listing: { state: "live" } })).toBe(true)
    expect(isSearchable({ ...row, listing: { state: "in_review" } })).toBe(false)
    expect(isSearchable({ ...row, status: "draft" })).toBe(false)
    expect(isSearchable({ ...row, cooperative: { ...row.cooperative!, status: "suspended" } })).toBe(false)
    expect(isSearchable({ ...row, cooperative: null })).toBe(false)
    expect(isSearchable({ ...row, sales_channels: [] })).toBe(false)
  })
})

describe("toProductDocument", () => {
  const document = toProductDocument(row, translations)

  it("carries the display fields in every language", () => {
    expect(document).toMatchObject({
      id: "prod_1",
      title_fr: "Tapis zayane « Itri »",
      title_ar: "زربية زيانية «إيتري»",
      title_en: "Zayane rug “Itri”",
      cooperative_handle: "ithri",
      province: "Khénifra",
      created_at: "2026-11-01T10:00:00.000Z",
    })
  })

  it("files the product under its category and the category's parent", () => {
    expect(document.category_handles).toEqual(["tapis-zayane", "tapis"])
  })

  it("prices from the lowest plain price in each currency, ignoring priced rules", () => {
    expect([document.price_mad, document.price_eur, document.price_usd]).toEqual([5500, 555, null])
  })

  it("is in stock when some variant has stock left after reservations", () => {
    expect(document.in_stock).toBe(true)
    const sold = { ...row, variants: [row.variants![0]] }
    expect(toProductDocument(sold, translations).in_stock).toBe(false)
  })

  it("derives the size band from the carpet's width and length", () => {
    expect(document.size_band).toBe("medium")
    expect(toProductDocument({ ...row, provenance: { ...row.provenance!, width_cm: 200, length_cm: 300 } }, translations).size_band).toBe("large")
  })

  it("indexes normalised texts with the synonyms they bring, and no weaver without consent", () => {
    expect(document.search_title_ar).toBe("زربيه زيانيه ايتري")
    expect(document.search_text_fr).toBe("noue main 140 200 cm laine du moyen atlas teintures naturelles")
    expect(document.search_terms).toContain("henne")
    expect(document.search_terms.split(" ")).toEqual(expect.arrayContaining(["rug", "zarbiya", "wool", "khenifra"]))
    expect(document.search_terms).not.toContain("rkia")
    const consented = toProductDocument({ ...row, provenance: { ...row.provenance!, weaver_consent: true } }, translations)
    expect(consented.search_terms).toContain("rkia idbelkacem")
  })
})
