import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { MedusaError } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { PROVENANCE_MODULE } from "../../src/modules/provenance"
import type ProvenanceModuleService from "../../src/modules/provenance/service"

/** A hand-knotted Zayane carpet from M'rirt; each test changes only what it is about. */
function carpet(overrides: Record<string, unknown> = {}) {
  return {
    weaver_names: ["Itto Ouhadou", "Mimouna Amhrouq"],
    weaver_consent: true,
    village: "M'rirt",
    technique: "hand-knotted-pile",
    materials: ["wool"],
    dye_kind: "natural" as const,
    dyes: ["madder", "undyed-ivory"],
    knot_density: 1600,
    pile_height_mm: 18,
    width_cm: 160,
    length_cm: 240,
    work_hours: 420,
    one_of_a_kind: true,
    labels: ["Morocco Handmade"],
    ...overrides,
  }
}

const invalidData = (field: string) => ({
  type: MedusaError.Types.INVALID_DATA,
  message: expect.stringContaining(field),
})

moduleIntegrationTestRunner<ProvenanceModuleService>({
  moduleName: PROVENANCE_MODULE,
  resolve: "./src/modules/provenance",
  pathToMigrations: "./src/modules/provenance/migrations",
  testSuite: ({ service }) => {
    describe("provenance", () => {
      it("stores a carpet's provenance with a prefixed id and updates it", async () => {
        const created = await service.createProvenances(carpet())
        expect(created.id).toMatch(/^prov_/)
        const stored = await service.retrieveProvenance(created.id)
        expect(stored).toMatchObject({
          weaver_names: ["Itto Ouhadou", "Mimouna Amhrouq"],
          materials: ["wool"],
          dyes: ["madder", "undyed-ivory"],
          made_to_order: false,
          labels: ["Morocco Handmade"],
        })
        await service.updateProvenances({ id: created.id, work_hours: 480, dyes: ["madder", "indigo", "undyed-ivory"] })
        expect(await service.retrieveProvenance(created.id)).toMatchObject({ work_hours: 480, dyes: ["madder", "indigo", "undyed-ivory"] })
      })

      it("stores undyed goods with no dye kind and no dimensions", async () => {
        const honey = await service.createProvenances({
          technique: "raw-extracted",
          materials: ["honey"],
          weaver_consent: false,
          labels: [],
        })
        expect(await service.retrieveProvenance(honey.id)).toMatchObject({
          dye_kind: null,
          dyes: [],
          width_cm: null,
          weaver_names: [],
          one_of_a_kind: false,
        })
      })

      it.each([
        ["width_cm", { width_cm: 9 }],
        ["length_cm", { length_cm: 1001 }],
        ["width_cm", { width_cm: 160.5 }],
        ["pile_height_mm", { pile_height_mm: -1 }],
        ["pile_height_mm", { pile_height_mm: 51 }],
        ["knot_density", { knot_density: 99 }],
        ["knot_density", { knot_density: 10_001 }],
        ["work_hours", { work_hours: 0 }],
        ["work_hours", { work_hours: 10_001 }],
        ["technique", { technique: "machine-made" }],
        ["materials", { materials: ["wool", "polyester"] }],
        ["materials", { materials: [] }],
        ["dyes", { dyes: ["madder", "aniline-red"] }],
        ["dye_kind", { dye_kind: "chemical" }],
        ["dye_kind", { dye_kind: null }],
        ["dyes", { dye_kind: "natural", dyes: ["madder", "synthetic-red"] }],
        ["dyes", { dye_kind: "undyed", dyes: ["undyed-ivory", "indigo"] }],
        ["weaver_names", { weaver_names: ["Itto", ""] }],
        ["weaver_names", { weaver_names: "Itto Ouhadou" }],
        ["labels", { labels: [42] }],
      ])("refuses a provenance whose %s is wrong and saves nothing", async (field, overrides) => {
        await expect(service.createProvenances(carpet(overrides))).rejects.toMatchObject(invalidData(field))
        expect(await service.listProvenances({})).toHaveLength(0)
      })

      it("accepts the bounds of every range", async () => {
        const smallest = await service.createProvenances(
          carpet({ width_cm: 10, length_cm: 10, pile_height_mm: 0, knot_density: 100, work_hours: 1 }),
        )
        const largest = await service.createProvenances(
          carpet({ width_cm: 1000, length_cm: 1000, pile_height_mm: 50, knot_density: 10_000, work_hours: 10_000 }),
        )
        expect(await service.listProvenances({ id: [smallest.id, largest.id] })).toHaveLength(2)
      })

      it("allows synthetic colours only on a piece declared synthetic", async () => {
        const boucherouite = await service.createProvenances(
          carpet({ technique: "boucherouite-rag-weave", materials: ["recycled-textile", "cotton"], dye_kind: "synthetic", dyes: ["synthetic-pink", "undyed-ivory"] }),
        )
        expect((await service.retrieveProvenance(boucherouite.id)).dye_kind).toBe("synthetic")
      })

      it("checks a partial update against the stored values and changes nothing when refused", async () => {
        const { id } = await service.createProvenances(carpet())
        await expect(service.updateProvenances({ id, dye_kind: "undyed" })).rejects.toMatchObject(invalidData("dyes"))
        await expect(service.updateProvenances({ id, dye_kind: null })).rejects.toMatchObject(invalidData("dye_kind"))
        await expect(
          service.updateProvenances({ selector: { technique: "hand-knotted-pile" }, data: { knot_density: 20_000 } }),
        ).rejects.toMatchObject(invalidData("knot_density"))
        await expect(
          service.updateProvenances([
            { id, work_hours: 500 },
            { id, width_cm: 5 },
          ]),
        ).rejects.toMatchObject(invalidData("width_cm"))
        expect(await service.retrieveProvenance(id)).toMatchObject({ dye_kind: "natural", knot_density: 1600, work_hours: 420, width_cm: 160 })
      })
    })
  },
})
