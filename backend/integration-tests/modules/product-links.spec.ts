import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { applyTranslations, ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import { beforeAll, expect, it } from "vitest"
import { COOPERATIVE_MODULE } from "../../src/modules/cooperative"
import type CooperativeModuleService from "../../src/modules/cooperative/service"
import { PROVENANCE_MODULE } from "../../src/modules/provenance"
import type ProvenanceModuleService from "../../src/modules/provenance/service"

// Links and translations only exist in a whole application, so this suite boots one (with its
// database) instead of a single module; its tests share that application.
medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    let cooperatives: CooperativeModuleService
    let provenances: ProvenanceModuleService

    function cooperative(handle: string, odco: string) {
      return cooperatives.createCooperatives({
        handle,
        name: `Coopérative ${handle}`,
        legal_name: `Coopérative ${handle}`,
        odco_number: odco,
        region: "Béni Mellal-Khénifra",
        province: "Khénifra",
        commune: "Aghbalou",
        founded_year: 2012,
        member_count: 12,
        women_member_count: 12,
        women_led: true,
        rural: true,
        story: "Les tisserandes travaillent la laine de leurs brebis.",
        phone: "+212600000000",
        email: `${handle}@example.ma`,
      })
    }

    async function product(title: string) {
      const [created] = await getContainer().resolve(Modules.PRODUCT).createProducts([{ title, status: "draft" }])
      return created
    }

    beforeAll(() => {
      cooperatives = getContainer().resolve(COOPERATIVE_MODULE)
      provenances = getContainer().resolve(PROVENANCE_MODULE)
    })

    it("links a product to one cooperative and reads the link from both sides", async () => {
      const link = getContainer().resolve(ContainerRegistrationKeys.LINK)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const aghbalou = await cooperative("aghbalou-weavers", "KH-2012-0001")
      const mrirt = await cooperative("mrirt-weavers", "KH-2014-0002")
      const zayane = await product("Tapis zayane")
      const hanbel = await product("Hanbel rayé")
      await link.create([
        { [Modules.PRODUCT]: { product_id: zayane.id }, [COOPERATIVE_MODULE]: { cooperative_id: aghbalou.id } },
        { [Modules.PRODUCT]: { product_id: hanbel.id }, [COOPERATIVE_MODULE]: { cooperative_id: aghbalou.id } },
      ])

      const { data: products } = await query.graph({ entity: "product", fields: ["id", "cooperative.handle"], filters: { id: zayane.id } })
      expect(products[0].cooperative?.handle).toBe("aghbalou-weavers")
      const { data: coops } = await query.graph({ entity: "cooperative", fields: ["products.id"], filters: { id: aghbalou.id } })
      expect(coops[0].products?.map((p) => p?.id).sort()).toEqual([hanbel.id, zayane.id].sort())

      await expect(
        link.create({ [Modules.PRODUCT]: { product_id: zayane.id }, [COOPERATIVE_MODULE]: { cooperative_id: mrirt.id } }),
      ).rejects.toMatchObject({ type: MedusaError.Types.INVALID_DATA, message: expect.stringContaining("multiple links") })
      const { data: after } = await query.graph({ entity: "product", fields: ["cooperative.id"], filters: { id: zayane.id } })
      expect(after[0].cooperative?.id).toBe(aghbalou.id)
    })

    it("gives a product one provenance, deleted with the product", async () => {
      const link = getContainer().resolve(ContainerRegistrationKeys.LINK)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const zayane = await product("Tapis zayane à losanges")
      const [first, second] = await provenances.createProvenances([
        { technique: "hand-knotted-pile", materials: ["wool"], dye_kind: "undyed", dyes: ["undyed-ivory"] },
        { technique: "hanbel-flat-weave", materials: ["wool"] },
      ])
      await link.create({ [Modules.PRODUCT]: { product_id: zayane.id }, [PROVENANCE_MODULE]: { provenance_id: first.id } })
      await expect(
        link.create({ [Modules.PRODUCT]: { product_id: zayane.id }, [PROVENANCE_MODULE]: { provenance_id: second.id } }),
      ).rejects.toMatchObject({ type: MedusaError.Types.INVALID_DATA })
      const { data } = await query.graph({ entity: "product", fields: ["provenance.technique"], filters: { id: zayane.id } })
      expect(data[0].provenance?.technique).toBe("hand-knotted-pile")

      await deleteProductsWorkflow(getContainer()).run({ input: { ids: [zayane.id] } })
      expect(await provenances.listProvenances({ id: [first.id, second.id] })).toEqual([expect.objectContaining({ id: second.id })])
    })

    it("registers a cooperative's name and story as translatable and serves their translation", async () => {
      const translation = getContainer().resolve(Modules.TRANSLATION)
      expect((await translation.getTranslatableFields("cooperative")).cooperative?.sort()).toEqual(["name", "story"])

      const tighza = await cooperative("tighza", "KH-2016-0003")
      if (!(await translation.listLocales({ code: "ar" })).length) await translation.createLocales([{ code: "ar", name: "العربية" }])
      await translation.createTranslations({
        reference: "cooperative",
        reference_id: tighza.id,
        locale_code: "ar",
        translations: { story: "تنسج النساء صوف أغنامهن." },
      })
      const stored = await cooperatives.retrieveCooperative(tighza.id, { select: ["id", "name", "story"] })
      await applyTranslations({ localeCode: "ar", objects: [stored], container: getContainer() })
      expect(stored).toMatchObject({ name: "Coopérative tighza", story: "تنسج النساء صوف أغنامهن." })
    })
  },
})
