import { isCarpetCategory } from "@tiwizi/crafts"
import { describe, expect, it } from "vitest"
import { assertValidProvenance } from "../../modules/provenance/validate-provenance"
import { products } from "./catalogue"
import { provenanceOf } from "./provenances"

const carpets = products.filter((product) => isCarpetCategory(product.category))

describe("seeded provenance", () => {
  it("gives every carpet a provenance the provenance module accepts, and nothing else one", () => {
    for (const carpet of carpets) {
      const provenance = provenanceOf(carpet)
      expect(provenance, carpet.handle).not.toBeNull()
      expect(() => assertValidProvenance(provenance!), carpet.handle).not.toThrow()
      expect(provenance).toMatchObject({ technique: carpet.technique, width_cm: carpet.widthCm, length_cm: carpet.lengthCm, one_of_a_kind: true })
    }
    for (const product of products.filter((candidate) => !isCarpetCategory(candidate.category))) {
      expect(provenanceOf(product), product.handle).toBeNull()
    }
  })

  it("states the knot density the description gives, per dm², for every pile rug and only those", () => {
    for (const carpet of carpets) {
      const { knot_density, pile_height_mm } = provenanceOf(carpet)!
      if (carpet.technique === "hand-knotted-pile") {
        expect(carpet.description.en).toContain(`About ${(knot_density! * 100).toLocaleString("en")} knots per square metre`)
        expect(pile_height_mm, carpet.handle).toBeGreaterThan(0)
      } else {
        expect(knot_density, carpet.handle).toBeNull()
        expect(pile_height_mm, carpet.handle).toBeNull()
      }
    }
  })

  it("declares the dye kind the dyes imply", () => {
    const natural = carpets.find((carpet) => carpet.dyes.every((dye) => !dye.startsWith("synthetic")) && carpet.dyes.some((dye) => !dye.startsWith("undyed")))!
    const synthetic = carpets.find((carpet) => carpet.dyes.some((dye) => dye.startsWith("synthetic")))!
    expect(provenanceOf(natural)?.dye_kind).toBe("natural")
    expect(provenanceOf(synthetic)?.dye_kind).toBe("synthetic")
  })

  it("names weavers on a few carpets, publicly only with their consent", () => {
    const provenances = carpets.map((carpet) => provenanceOf(carpet)!)
    const signed = provenances.filter((provenance) => provenance.weaver_consent)
    const private_ = provenances.filter((provenance) => !provenance.weaver_consent && provenance.weaver_names.length)
    expect(signed.length).toBeGreaterThan(5)
    expect(private_.length).toBeGreaterThan(5)
    expect(signed.length + private_.length).toBeLessThan(provenances.length)
    for (const provenance of signed) expect(provenance.weaver_names.length).toBeGreaterThan(0)
  })
})
