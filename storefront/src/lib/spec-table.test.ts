import { describe, expect, it } from "vitest"
import type { ProductProvenance } from "./product-origin"
import { specTable, type SpecWords } from "./spec-table"

const words: SpecWords = {
  dimensions: ({ width, length }) => `${width} × ${length} cm`,
  knotDensity: (count) => `${count} knots/dm²`,
  dyeKinds: { natural: "natural", undyed: "undyed", synthetic: "synthetic" },
}

const provenance: ProductProvenance = {
  id: "prov_1",
  village: "Aghbalou",
  technique: "hand-knotted-pile",
  materials: ["wool", "cotton", "unobtainium"],
  dye_kind: "natural",
  dyes: ["madder", "henna"],
  knot_density: 1200,
  pile_height_mm: 15,
  width_cm: 150,
  length_cm: 240,
  work_hours: 320,
  one_of_a_kind: true,
  made_to_order: false,
  labels: [],
}

const product = { width: null, length: null, weight: 6500, material: "Laine", origin_country: "ma" } as never

describe("specTable", () => {
  it("lists a carpet's provenance with the crafts vocabulary's French labels, in order", () => {
    const rows = specTable(product, provenance, "fr", words)
    expect(rows.map((row) => row.key)).toEqual([
      "size",
      "sizeBand",
      "technique",
      "materials",
      "dyeKind",
      "dyes",
      "knotDensity",
      "pileHeight",
      "weight",
      "workTime",
      "origin",
    ])
    const value = Object.fromEntries(rows.map((row) => [row.key, row.value]))
    expect(value.size).toBe("150 × 240 cm")
    expect(value.sizeBand).toBe("Moyen (2 à 4 m²)")
    expect(value.technique).toBe("Noué main (velours)")
    // An unknown code is left out, never shown raw.
    expect(value.materials).toBe("Laine de mouton, Coton")
    expect(value.dyes).toBe("Garance, Henné")
    expect(value.knotDensity).toMatch(/^1\.200 knots\/dm²$/)
    expect(value.pileHeight).toMatch(/^15\smm$/)
    expect(value.weight).toMatch(/^6,5\skg$/)
    expect(value.workTime).toMatch(/^320\sheures$/)
    expect(value.origin).toBe("Maroc")
  })

  it("writes Arabic labels with Latin digits", () => {
    const rows = specTable(product, provenance, "ar", words)
    const value = Object.fromEntries(rows.map((row) => [row.key, row.value]))
    expect(value.technique).toBe("معقود يدويا (بالوبر)")
    expect(value.workTime).toMatch(/^320 /)
    expect(JSON.stringify(rows)).not.toMatch(/[٠-٩]/)
  })

  it("falls back to the product's own facts when there is no provenance", () => {
    const pot = { width: 30, length: 30, weight: 800, material: "Terre cuite", origin_country: null } as never
    expect(specTable(pot, null, "en", words)).toEqual([
      { key: "size", value: "30 × 30 cm" },
      { key: "materials", value: "Terre cuite" },
      { key: "weight", value: "800 g" },
    ])
  })

  it("leaves out what the provenance does not hold", () => {
    const sparse = { ...provenance, dye_kind: null, dyes: [], knot_density: null, pile_height_mm: null, work_hours: 0, width_cm: null }
    const keys = specTable({} as never, sparse, "fr", words).map((row) => row.key)
    expect(keys).toEqual(["technique", "materials"])
  })
})
