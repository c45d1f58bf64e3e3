import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { beforeAll, expect, it } from "vitest"
import { COOPERATIVE_MODULE } from "../../src/modules/cooperative"
import type CooperativeModuleService from "../../src/modules/cooperative/service"
import { PROVENANCE_MODULE } from "../../src/modules/provenance"
import type ProvenanceModuleService from "../../src/modules/provenance/service"
import { demoAccounts } from "../../src/scripts/seed/accounts"
import { products } from "../../src/scripts/seed/catalogue"
import { applicants, cooperatives } from "../../src/scripts/seed/catalogue/cooperatives"
import { seededSuspension } from "../../src/scripts/seed/cooperative-decisions"
import { ownerEmail } from "../../src/scripts/seed/cooperative-owners"
import { seedShop } from "../../src/scripts/seed/index"
import { provenanceOf } from "../../src/scripts/seed/provenances"
import { storeCooperativeFields } from "../../src/api/store/cooperatives/query-config"
import { HOLDING_CHANNEL_NAME } from "../../src/workflows/cooperative-review/steps/ensure-listing-channels"
import { moveCooperativeProductsWorkflow } from "../../src/workflows/cooperative-review/workflows/move-cooperative-products"
import { changeCooperativeStatusStep } from "../../src/workflows/cooperative-review/steps/change-cooperative-status"
import {
  approveCooperativeWorkflow,
  CooperativeReviewEvents,
  reinstateCooperativeWorkflow,
  rejectCooperativeWorkflow,
  suspendCooperativeWorkflow,
} from "../../src/workflows/cooperative-review"

// A slice of the catalogue: two Aghbalou carpets (one signed with the weavers' consent, one whose
// weavers' names stay private), Salé pottery (neither women-led nor rural) and saffron from the
// cooperative the seed suspends.
const signed = products.find((p) => p.cooperative === "tifawin-aghbalou" && provenanceOf(p)?.weaver_consent)!
const unsigned = products.find((p) => p.cooperative === "tifawin-aghbalou" && provenanceOf(p)?.weaver_names.length && !provenanceOf(p)?.weaver_consent)!
const pottery = products.find((p) => p.cooperative === "al-oulja-sale")!
const saffron = products.find((p) => p.cooperative === seededSuspension.handle)!
const seeded = [signed, unsigned, pottery, saffron]

// What the store should list: every catalogue cooperative with products except the suspended one.
const listed = cooperatives.filter((c) => c.handle !== seededSuspension.handle)

type Response = { status: number; data: Record<string, unknown> & { message?: string } }

// Each test starts from the database as the seed left it: the runner restores it between tests.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let staffId: string
    let service: CooperativeModuleService

    const get = (url: string, extra: Record<string, string> = {}): Promise<Response> =>
      api.get(url, { headers: { ...headers, ...extra } }).catch((error: { response: Response }) => error.response)
    const idOf = async (handle: string) => (await service.listCooperatives({ handle }, { select: ["id"] }))[0].id
    const productIdOf = async (handle: string) =>
      (await getContainer().resolve(Modules.PRODUCT).listProducts({ handle }, { select: ["id"] }))[0].id
    const storeHandles = async (query = "limit=100") =>
      ((await get(`/store/cooperatives?${query}`)).data.cooperatives as { handle: string }[]).map((c) => c.handle)
    const inStore = async (handle: string) => ((await get(`/store/products?handle=${handle}`)).data.products as unknown[]).length === 1

    beforeAll(async () => {
      const { publishableKey } = await seedShop(getContainer(), seeded)
      headers = { "x-publishable-api-key": publishableKey }
      service = getContainer().resolve(COOPERATIVE_MODULE)
      staffId = (await getContainer().resolve(Modules.USER).listUsers({ email: demoAccounts.staff }))[0].id
    })

    it("lists approved cooperatives only, by name, with lean public fields", async () => {
      const { status, data } = await get("/store/cooperatives?limit=100")
      expect(status).toBe(200)
      const list = data.cooperatives as Record<string, unknown>[]
      expect(data.count).toBe(listed.length)
      expect(list.map((c) => c.handle).sort()).toEqual(listed.map((c) => c.handle).sort())
      for (const cooperative of list) expect(Object.keys(cooperative).sort()).toEqual([...storeCooperativeFields].sort())

      const page = await get("/store/cooperatives?limit=2&offset=2")
      expect(page.data).toMatchObject({ count: listed.length, limit: 2, offset: 2 })
      expect(page.data.cooperatives).toEqual(list.slice(2, 4))
    })

    it("filters by province, women-led and rural", async () => {
      const khenifra = await storeHandles(`province=${encodeURIComponent("Khénifra")}&limit=100`)
      expect(khenifra.sort()).toEqual(listed.filter((c) => c.province === "Khénifra").map((c) => c.handle).sort())
      expect(khenifra).toContain("tifawin-aghbalou")

      const womenLed = await storeHandles("women_led=true&limit=100")
      expect(womenLed.sort()).toEqual(listed.filter((c) => c.womenLed).map((c) => c.handle).sort())
      const urbanMixed = await storeHandles("women_led=false&rural=false&limit=100")
      expect(urbanMixed.sort()).toEqual(listed.filter((c) => !c.womenLed && !c.rural).map((c) => c.handle).sort())
      expect(urbanMixed).toContain("al-oulja-sale")
      expect(await storeHandles("province=Atlantis")).toEqual([])
    })

    it("refuses bad query input with a 400 naming the parameter", async () => {
      const cases: [string, string][] = [
        ["/store/cooperatives?women_led=maybe", "women_led"],
        ["/store/cooperatives?rural=1", "rural"],
        ["/store/cooperatives?colour=red", "colour"],
        ["/store/cooperatives?limit=0", "limit"],
        ["/store/cooperatives?limit=many", "limit"],
        ["/store/cooperatives?offset=-1", "offset"],
        ["/store/cooperatives/tifawin-aghbalou?expand=members", "expand"],
      ]
      for (const [url, field] of cases) {
        const { status, data } = await get(url)
        expect(status, url).toBe(400)
        expect(data.message, url).toContain(field)
      }
    })

    it("shows a cooperative's story and live products in the asked locale", async () => {
      const tifawin = cooperatives.find((c) => c.handle === "tifawin-aghbalou")!
      const fr = await get("/store/cooperatives/tifawin-aghbalou")
      expect(fr.status).toBe(200)
      const cooperative = fr.data.cooperative as Record<string, unknown> & { products: Record<string, unknown>[] }
      expect(cooperative).toMatchObject({ handle: "tifawin-aghbalou", name: tifawin.name, story: tifawin.story.fr, province: "Khénifra" })
      expect(cooperative.products.map((p) => p.handle).sort()).toEqual([signed.handle, unsigned.handle].sort())
      expect(Object.keys(cooperative.products[0]).sort()).toEqual(["handle", "id", "subtitle", "thumbnail", "title"])

      const ar = (await get("/store/cooperatives/tifawin-aghbalou?locale=ar")).data.cooperative as typeof cooperative
      expect(ar.story).toBe(tifawin.story.ar)
      expect(ar.name).toBe("تعاونية تيفاوين")
      expect(ar.products.find((p) => p.handle === signed.handle)?.title).toBe(signed.title.ar)
      const en = (await get("/store/cooperatives/tifawin-aghbalou", { "x-medusa-locale": "en" })).data.cooperative as typeof cooperative
      expect(en.story).toBe(tifawin.story.en)
      const list = (await get("/store/cooperatives?locale=ar&limit=100")).data.cooperatives as typeof cooperative[]
      expect(list.find((c) => c.handle === "tifawin-aghbalou")?.name).toBe("تعاونية تيفاوين")

      const unpublished = await productIdOf(unsigned.handle)
      await getContainer().resolve(Modules.PRODUCT).updateProducts(unpublished, { status: "draft" })
      const withoutDraft = (await get("/store/cooperatives/tifawin-aghbalou")).data.cooperative as typeof cooperative
      expect(withoutDraft.products.map((p) => p.handle)).toEqual([signed.handle])
    })

    it("answers 404 for unknown, pending, rejected and suspended cooperatives", async () => {
      const refused = await service.createCooperatives({
        handle: "refusee-rabat",
        name: "Coopérative Refusée",
        legal_name: "Coopérative Refusée",
        odco_number: "2024-000001",
        region: "Rabat-Salé-Kénitra",
        province: "Rabat",
        commune: "Rabat",
        founded_year: 2024,
        member_count: 7,
        story: "Une demande incomplète.",
        phone: "+212537000000",
        email: "refusee@example.ma",
      })
      await rejectCooperativeWorkflow(getContainer()).run({ input: { id: refused.id, reason: "Dossier incomplet", decided_by: staffId } })
      for (const handle of ["nowhere", applicants[0].handle, "refusee-rabat", seededSuspension.handle]) {
        const { status, data } = await get(`/store/cooperatives/${handle}`)
        expect(status, handle).toBe(404)
        expect(data.message).toContain(handle)
      }
      expect(await storeHandles()).not.toContain("refusee-rabat")
    })

    it("lets products carry their cooperative's public fields and their provenance", async () => {
      const fields = "fields=*cooperative,*provenance"
      const { data } = await get(`/store/products?handle=${signed.handle}&${fields}`)
      const [product] = data.products as Record<string, Record<string, unknown>>[]
      expect(product.cooperative).toEqual({
        id: await idOf("tifawin-aghbalou"),
        handle: "tifawin-aghbalou",
        name: "Coopérative Tifawin",
        province: "Khénifra",
        commune: "Aghbalou",
        women_led: true,
        rural: true,
      })
      const expected = provenanceOf(signed)!
      expect(product.provenance).toMatchObject({ ...expected, weaver_consent: true })
      expect(product.provenance.weaver_names).toEqual(expected.weaver_names)
      expect(product.title).toBe(signed.title.fr)

      const detail = await get(`/store/products/${await productIdOf(unsigned.handle)}?${fields}&locale=ar`)
      const { cooperative, provenance } = detail.data.product as Record<string, Record<string, unknown>>
      expect(cooperative.name).toBe("تعاونية تيفاوين")
      expect(provenance.weaver_consent).toBe(false)
      expect(provenance).not.toHaveProperty("weaver_names")
      expect(provenance.technique).toBe(unsigned.technique)

      const single = await get(`/store/products?handle=${signed.handle}&fields=id,cooperative.handle,provenance.weaver_names`)
      const [lean] = single.data.products as Record<string, Record<string, unknown>>[]
      expect(lean.cooperative).toEqual({ id: expect.any(String), handle: "tifawin-aghbalou" })
      // Names are shown only beside a stated consent.
      expect(lean.provenance).not.toHaveProperty("weaver_names")
      const [pot] = (await get(`/store/products?handle=${pottery.handle}&${fields}`)).data.products as Record<string, unknown>[]
      expect(pot.cooperative).toMatchObject({ handle: "al-oulja-sale", women_led: false, rural: false })
      expect(pot.provenance ?? null).toBeNull()
    })

    it("never lets bank details, contacts or members out through the store", async () => {
      const stored = await service.listCooperatives({}, { select: ["bank_rib", "phone", "email"], take: null })
      const members = await service.listCooperativeMembers({}, { select: ["email", "phone"], take: null })
      const secrets = [...stored.flatMap((c) => [c.bank_rib, c.phone, c.email]), ...members.flatMap((m) => [m.email, m.phone])]
      const id = await productIdOf(signed.handle)
      const responses = await Promise.all(
        [
          "/store/cooperatives?limit=100",
          "/store/cooperatives/tifawin-aghbalou",
          `/store/products?handle=${signed.handle}&fields=*cooperative`,
          `/store/products?handle=${signed.handle}&fields=cooperative.*,cooperative.bank_rib,cooperative.phone,cooperative.email`,
          `/store/products?handle=${signed.handle}&fields=+cooperative.members.email,+cooperative.status_reason`,
          `/store/products/${id}?fields=+cooperative.bank_rib,*cooperative.members`,
        ].map((url) => get(url)),
      )
      for (const { status, data } of responses) {
        expect(status).toBe(200)
        const body = JSON.stringify(data)
        for (const key of ["bank_rib", "members", "status_reason", "status_decided_by", "odco_number"]) expect(body).not.toContain(`"${key}"`)
        for (const secret of secrets.filter(Boolean)) expect(body).not.toContain(secret)
      }
    })

    it("hides a suspended cooperative and its products from the store; reinstating brings them back", async () => {
      const container = getContainer()
      const eventBus = container.resolve(Modules.EVENT_BUS)
      const id = await idOf("tifawin-aghbalou")
      const productIds = [await productIdOf(signed.handle), await productIdOf(unsigned.handle)]
      expect(await inStore(signed.handle)).toBe(true)

      const suspended = TestEventUtils.waitSubscribersExecution(CooperativeReviewEvents.SUSPENDED, eventBus)
      await suspendCooperativeWorkflow(container).run({ input: { id, reason: "Contrôle qualité en cours", decided_by: staffId } })
      // Resolves once the event's subscribers (search) have run; times out if it was never emitted.
      await suspended
      expect(await inStore(signed.handle)).toBe(false)
      expect(await inStore(unsigned.handle)).toBe(false)
      expect((await get(`/store/products/${productIds[0]}`)).status).toBe(404)
      expect(await storeHandles()).not.toContain("tifawin-aghbalou")
      expect((await get("/store/cooperatives/tifawin-aghbalou")).status).toBe(404)
      expect(await inStore(pottery.handle)).toBe(true)
      const stillPublished = await container.resolve(Modules.PRODUCT).listProducts({ id: productIds }, { select: ["status"] })
      expect(stillPublished.map((p) => p.status)).toEqual(["published", "published"])
      expect(await service.retrieveCooperative(id)).toMatchObject({
        status: "suspended",
        status_reason: "Contrôle qualité en cours",
        status_decided_by: staffId,
      })

      const reinstated = TestEventUtils.waitSubscribersExecution(CooperativeReviewEvents.REINSTATED, eventBus)
      await reinstateCooperativeWorkflow(container).run({ input: { id, decided_by: staffId } })
      await reinstated
      expect(await inStore(signed.handle)).toBe(true)
      expect(await inStore(unsigned.handle)).toBe(true)
      expect(await storeHandles()).toContain("tifawin-aghbalou")
      expect(((await get("/store/cooperatives/tifawin-aghbalou")).data.cooperative as { products: unknown[] }).products).toHaveLength(2)
      expect(await service.retrieveCooperative(id)).toMatchObject({ status: "approved", status_reason: null, status_decided_by: staffId })
    })

    it("refuses decisions that do not apply and changes nothing", async () => {
      const container = getContainer()
      const id = await idOf("tifawin-aghbalou")
      const before = await service.retrieveCooperative(id)
      const askaoun = await idOf(seededSuspension.handle)
      const refusals: [() => Promise<unknown>, string][] = [
        [() => suspendCooperativeWorkflow(container).run({ input: { id, reason: "  ", decided_by: staffId } }), MedusaError.Types.INVALID_DATA],
        [() => reinstateCooperativeWorkflow(container).run({ input: { id, decided_by: staffId } }), MedusaError.Types.NOT_ALLOWED],
        [() => approveCooperativeWorkflow(container).run({ input: { id, decided_by: staffId } }), MedusaError.Types.NOT_ALLOWED],
        [() => approveCooperativeWorkflow(container).run({ input: { id: askaoun, decided_by: staffId } }), MedusaError.Types.NOT_ALLOWED],
        [() => rejectCooperativeWorkflow(container).run({ input: { id, reason: "Non", decided_by: staffId } }), MedusaError.Types.NOT_ALLOWED],
      ]
      for (const [run, type] of refusals) await expect(run()).rejects.toMatchObject({ type })
      expect(await service.retrieveCooperative(id)).toEqual(before)
      expect(await inStore(signed.handle)).toBe(true)
      expect(await inStore(saffron.handle)).toBe(false)
    })

    it("undoes a suspension whose workflow fails after the products moved", async () => {
      const container = getContainer()
      const id = await idOf("tifawin-aghbalou")
      const decision = ["status", "status_reason", "status_decided_by", "status_decided_at"]
      const before = await service.retrieveCooperative(id, { select: decision })
      const fail = createStep("fail-after-suspension", async () => {
        throw new Error("notification service down")
      })
      const failing = createWorkflow("suspend-then-fail", (input: { id: string; decided_by: string }) => {
        const cooperative = changeCooperativeStatusStep({ id: input.id, from: "approved", status: "suspended", reason: "Test", decided_by: input.decided_by })
        moveCooperativeProductsWorkflow.runAsStep({ input: { cooperative_id: input.id, to: "holding" } })
        fail()
        return new WorkflowResponse(cooperative)
      })
      await expect(failing(container).run({ input: { id, decided_by: staffId } })).rejects.toThrow("notification service down")
      expect(await service.retrieveCooperative(id, { select: decision })).toEqual(before)
      expect(await inStore(signed.handle)).toBe(true)
      expect(await inStore(unsigned.handle)).toBe(true)
    })

    it("seeds cooperatives with owners who can log in, products linked to them and carpets' provenance", async () => {
      const container = getContainer()
      const all = await service.listCooperatives({ handle: [...cooperatives, ...applicants].map((c) => c.handle) }, { take: null })
      expect(all).toHaveLength(cooperatives.length + applicants.length)
      const byStatus = (status: string) => all.filter((c) => c.status === status).map((c) => c.handle)
      expect(byStatus("pending")).toEqual(applicants.map((c) => c.handle))
      expect(byStatus("suspended")).toEqual([seededSuspension.handle])
      expect(byStatus("approved")).toHaveLength(listed.length)
      const askaoun = all.find((c) => c.handle === seededSuspension.handle)!
      expect(askaoun).toMatchObject({ status_reason: seededSuspension.reason, status_decided_by: staffId })
      expect(all.find((c) => c.handle === "ithri-kaf-en-nsour")?.status_decided_at).toBeTruthy()

      const places = all.map((c) => c.commune)
      for (const place of ["Aghbalou", "Kaf En-Nsour", "M'rirt", "Moulay Bouazza", "Tighassaline", "Salé", "Rabat", "Kénitra", "Khémisset", "Tiflet", "Sidi Kacem"]) {
        expect(places, place).toContain(place)
      }
      expect(all.map((c) => c.province)).toContain("Sidi Slimane")

      const owners = await service.listCooperativeMembers({ role: "owner" }, { select: ["id", "email", "cooperative_id"], take: null })
      for (const cooperative of all) {
        expect(owners.find((o) => o.cooperative_id === cooperative.id)?.email, cooperative.handle).toBe(ownerEmail(cooperative.handle))
      }
      const owner = owners.find((o) => o.email === ownerEmail("tifawin-aghbalou"))!
      const { data: login } = await api.post(`/auth/cooperative_member/emailpass`, { email: owner.email, password: demoAccounts.password })
      const claims = JSON.parse(Buffer.from(login.token.split(".")[1], "base64url").toString())
      expect(claims).toMatchObject({ actor_type: "cooperative_member", actor_id: owner.id })

      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: linked } = await query.graph({
        entity: "product",
        fields: ["handle", "cooperative.handle", "provenance.technique", "sales_channels.name"],
        filters: { handle: seeded.map((p) => p.handle) },
      })
      for (const product of seeded) {
        const found = linked.find((p) => p.handle === product.handle)!
        expect(found.cooperative?.handle, product.handle).toBe(product.cooperative)
        expect(found.provenance?.technique ?? null, product.handle).toBe(provenanceOf(product)?.technique ?? null)
      }
      // The seed's suspension moved Askaoun's saffron to the holding channel.
      expect(linked.find((p) => p.handle === saffron.handle)?.sales_channels?.map((c) => c?.name)).toEqual([HOLDING_CHANNEL_NAME])
      expect(await inStore(saffron.handle)).toBe(false)
    })

    it("seeds idempotently: a second run creates no cooperative, owner, login, link or provenance", async () => {
      const container = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const counts = async () => ({
        cooperatives: (await service.listCooperatives({}, { select: ["id"], take: null })).length,
        members: (await service.listCooperativeMembers({}, { select: ["id"], take: null })).length,
        identities: (await container.resolve(Modules.AUTH).listAuthIdentities({}, { select: ["id"], take: null })).length,
        provenances: (await container.resolve<ProvenanceModuleService>(PROVENANCE_MODULE).listProvenances({}, { select: ["id"], take: null })).length,
        translations: (await container.resolve(Modules.TRANSLATION).listTranslations({}, { select: ["id"], take: null })).length,
        links: (await query.graph({ entity: "product_cooperative", fields: ["product_id"] })).data.length,
        statuses: (await service.listCooperatives({}, { select: ["handle", "status"], take: null })).map((c) => `${c.handle}:${c.status}`).sort(),
      })
      const before = await counts()
      const { created } = await seedShop(container, seeded)
      expect(created).toBe(0)
      expect(await counts()).toEqual(before)
    })
  },
})
