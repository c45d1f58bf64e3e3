import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { beforeAll, describe, expect, it } from "vitest"
import { demoAccounts } from "../../src/scripts/seed/accounts"
import { products } from "../../src/scripts/seed/catalogue"
import { applicants, cooperatives } from "../../src/scripts/seed/catalogue/cooperatives"
import { seededSuspension } from "../../src/scripts/seed/cooperative-decisions"
import { ownerEmail } from "../../src/scripts/seed/cooperative-owners"
import { seedShop } from "../../src/scripts/seed/index"
import { callAll, expectAllUnauthorized, staffLogin } from "./admin-helpers"
import { application, attempt, bearer, cooperativeService, expectInvalid, login, registerMember, type Api } from "./vendor-helpers"

// One Aghbalou carpet on sale, so suspending its cooperative has something to take out of the shop.
const carpet = products.find((p) => p.cooperative === "tifawin-aghbalou" && p.category.startsWith("tapis"))!
const applicant = applicants[0]

// Each test starts from the database as the seed left it: the runner restores it between tests.
medusaIntegrationTestRunner({
  testSuite: ({ api: axios, getContainer }) => {
    const api = axios as Api
    let staff: Awaited<ReturnType<typeof staffLogin>>
    let storeHeaders: Record<string, string>
    let ids: Record<string, string>

    const admin = () => bearer(staff.token)
    const inStore = async (handle: string) =>
      ((await api.get(`/store/products?handle=${handle}`, { headers: storeHeaders })).data.products as unknown[]).length === 1
    const inStoreCooperatives = async (handle: string) =>
      ((await api.get("/store/cooperatives?limit=100", { headers: storeHeaders })).data.cooperatives as { handle: string }[]).some(
        (cooperative) => cooperative.handle === handle,
      )

    beforeAll(async () => {
      const { publishableKey } = await seedShop(getContainer(), [carpet])
      storeHeaders = { "x-publishable-api-key": publishableKey }
      staff = await staffLogin(api, getContainer())
      const all = await cooperativeService(getContainer()).listCooperatives({}, { select: ["id", "handle"], take: null })
      ids = Object.fromEntries(all.map((cooperative) => [cooperative.handle, cooperative.id]))
    })

    describe("access", () => {
      const routes = (): [method: "get" | "post", url: string, body?: unknown][] => [
        ["get", "/admin/cooperatives"],
        ["get", `/admin/cooperatives/${ids["tifawin-aghbalou"]}`],
        ["post", `/admin/cooperatives/${ids[applicant.handle]}/approve`],
        ["post", `/admin/cooperatives/${ids[applicant.handle]}/reject`, { reason: "Dossier incomplet" }],
        ["post", `/admin/cooperatives/${ids["tifawin-aghbalou"]}/suspend`, { reason: "Contrôle" }],
        ["post", `/admin/cooperatives/${ids[seededSuspension.handle]}/reinstate`],
      ]

      it("refuses every route without a token, and with a cooperative member's or a customer's token", async () => {
        await expectAllUnauthorized(callAll(api, routes()))
        const member = await login(api, ownerEmail("tifawin-aghbalou"), demoAccounts.password)
        await expectAllUnauthorized(callAll(api, routes(), member))
        const { data } = await api.post("/auth/customer/emailpass", { email: demoAccounts.customer, password: demoAccounts.password })
        await expectAllUnauthorized(callAll(api, routes(), data.token))
        // Nothing moved.
        const statuses = await cooperativeService(getContainer()).listCooperatives(
          { id: [ids[applicant.handle], ids["tifawin-aghbalou"], ids[seededSuspension.handle]] },
          { select: ["handle", "status"] },
        )
        expect(Object.fromEntries(statuses.map((c) => [c.handle, c.status]))).toEqual({
          [applicant.handle]: "pending",
          "tifawin-aghbalou": "approved",
          [seededSuspension.handle]: "suspended",
        })
      })
    })

    describe("listing", () => {
      it("lists every cooperative by name with counts per status and province", async () => {
        const { data } = await api.get("/admin/cooperatives?limit=100", admin())
        const total = cooperatives.length + applicants.length
        expect(data).toMatchObject({ count: total, limit: 100, offset: 0 })
        const names = data.cooperatives.map((c: { name: string }) => c.name)
        expect(names).toEqual([...names].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)))
        expect(data.facets.statuses).toEqual({ pending: applicants.length, approved: total - applicants.length - 1, suspended: 1, rejected: 0 })
        expect(data.facets.provinces).toContainEqual({ province: "Khénifra", count: cooperatives.filter((c) => c.province === "Khénifra").length })
        // Staff's list carries the decision and the contact, never the RIB.
        expect(data.cooperatives[0]).toHaveProperty("status_reason")
        expect(data.cooperatives[0]).not.toHaveProperty("bank_rib")
      })

      it("filters by status, province and name, page by page", async () => {
        const pending = (await api.get("/admin/cooperatives?status=pending", admin())).data
        expect(pending.cooperatives.map((c: { handle: string }) => c.handle)).toEqual(applicants.map((c) => c.handle))
        const suspended = (await api.get("/admin/cooperatives?status=suspended", admin())).data
        expect(suspended.cooperatives).toMatchObject([{ handle: seededSuspension.handle, status_reason: seededSuspension.reason }])

        const khenifra = (await api.get(`/admin/cooperatives?province=${encodeURIComponent("Khénifra")}&limit=100`, admin())).data
        const expected = cooperatives.filter((c) => c.province === "Khénifra").map((c) => c.handle)
        expect(khenifra.count).toBe(expected.length)
        expect(khenifra.cooperatives.map((c: { handle: string }) => c.handle).sort()).toEqual([...expected].sort())

        const both = (await api.get(`/admin/cooperatives?province=${encodeURIComponent("Khénifra")}&status=pending`, admin())).data
        expect(both).toMatchObject({ count: 0, cooperatives: [] })

        const named = (await api.get("/admin/cooperatives?q=tifawin", admin())).data
        expect(named.cooperatives.map((c: { handle: string }) => c.handle)).toEqual(["tifawin-aghbalou"])

        const first = (await api.get("/admin/cooperatives?limit=2", admin())).data
        const second = (await api.get("/admin/cooperatives?limit=2&offset=2", admin())).data
        expect(second).toMatchObject({ limit: 2, offset: 2, count: first.count })
        expect(second.cooperatives).toHaveLength(2)
        expect(second.cooperatives[0].id).not.toBe(first.cooperatives[1].id)
      })

      it("refuses bad filters with a 400 naming the field", async () => {
        expectInvalid(await attempt(api.get("/admin/cooperatives?status=closed", admin())), "status")
        expectInvalid(await attempt(api.get("/admin/cooperatives?limit=0", admin())), "limit")
        expectInvalid(await attempt(api.get("/admin/cooperatives?offset=-1", admin())), "offset")
        expectInvalid(await attempt(api.get("/admin/cooperatives?region=Rabat", admin())), "region")
        expectInvalid(await attempt(api.get(`/admin/cooperatives/${ids["tifawin-aghbalou"]}?fields=bank_rib`, admin())), "fields")
      })
    })

    describe("detail", () => {
      it("shows a cooperative with its members, products, figures and who decided", async () => {
        const { data } = await api.get(`/admin/cooperatives/${ids["tifawin-aghbalou"]}`, admin())
        const seeded = cooperatives.find((c) => c.handle === "tifawin-aghbalou")!
        expect(data.cooperative).toMatchObject({
          id: ids["tifawin-aghbalou"],
          handle: "tifawin-aghbalou",
          province: "Khénifra",
          status: "approved",
          status_decided_by: staff.userId,
          status_decided_by_user: { id: staff.userId, email: demoAccounts.staff },
          members: [{ email: ownerEmail("tifawin-aghbalou"), role: "owner" }],
          products: [{ handle: carpet.handle, listing_state: "live", pending_change: false }],
          figures: {
            members: seeded.members,
            women_members: seeded.womenMembers,
            products: 1,
            products_by_state: { draft: 0, in_review: 0, live: 1, rejected: 0, archived: 0 },
            pending_changes: 0,
          },
        })
        expect(data.cooperative.figures.women_share).toBe(Math.round((100 * seeded.womenMembers) / seeded.members))
      })

      it("answers 404 for an unknown cooperative", async () => {
        const response = await attempt(api.get("/admin/cooperatives/coop_unknown", admin()))
        expect(response.status).toBe(404)
        expect(response.data.message).toContain("coop_unknown")
      })
    })

    describe("decisions", () => {
      it("approves a pending application, recording the staff user from the login", async () => {
        const { data } = await api.post(`/admin/cooperatives/${ids[applicant.handle]}/approve`, {}, admin())
        expect(data.cooperative).toMatchObject({ status: "approved", status_reason: null, status_decided_by: staff.userId })
        expect(await inStoreCooperatives(applicant.handle)).toBe(true)

        // The decision is final for this move: approving again is refused with the module's reason.
        const again = await attempt(api.post(`/admin/cooperatives/${ids[applicant.handle]}/approve`, {}, admin()))
        expect(again.status).toBe(400)
        expect(again.data.message).toContain("approved")
      })

      it("never takes the deciding user from the body", async () => {
        const response = await attempt(api.post(`/admin/cooperatives/${ids[applicant.handle]}/approve`, { decided_by: "user_other" }, admin()))
        expectInvalid(response, "decided_by")
        const [cooperative] = await cooperativeService(getContainer()).listCooperatives({ id: ids[applicant.handle] }, { select: ["status"] })
        expect(cooperative.status).toBe("pending")
      })

      it("rejects an application only with a reason, which its member then reads", async () => {
        const { token } = await registerMember(api, "owner@ouergha.ma")
        const applied = (await api.post("/vendor/application", application({ odco_number: "KN-2024-0077", email: "c@ouergha.ma" }), bearer(token))).data
        const id = applied.cooperative.id

        expectInvalid(await attempt(api.post(`/admin/cooperatives/${id}/reject`, {}, admin())), "reason")
        expectInvalid(await attempt(api.post(`/admin/cooperatives/${id}/reject`, { reason: "   " }, admin())), "reason")
        expectInvalid(await attempt(api.post(`/admin/cooperatives/${id}/reject`, { reason: 42 }, admin())), "reason")
        expect((await api.get("/vendor/cooperative", bearer(token))).data.cooperative.status).toBe("pending")

        const reason = "Le numéro ODCO ne correspond à aucune coopérative enregistrée."
        const { data } = await api.post(`/admin/cooperatives/${id}/reject`, { reason: ` ${reason} ` }, admin())
        expect(data.cooperative).toMatchObject({ status: "rejected", status_reason: reason, status_decided_by: staff.userId })
        expect((await api.get("/vendor/cooperative", bearer(token))).data.cooperative).toMatchObject({ status: "rejected", status_reason: reason })
      })

      it("suspends with a reason, taking the products out of the store, and reinstating brings them back", async () => {
        const id = ids["tifawin-aghbalou"]
        expect(await inStore(carpet.handle)).toBe(true)
        expectInvalid(await attempt(api.post(`/admin/cooperatives/${id}/suspend`, {}, admin())), "reason")
        expect(await inStore(carpet.handle)).toBe(true)

        const suspended = (await api.post(`/admin/cooperatives/${id}/suspend`, { reason: "Plainte d'un client en cours d'examen" }, admin())).data
        expect(suspended.cooperative).toMatchObject({ status: "suspended", status_reason: "Plainte d'un client en cours d'examen" })
        // Its listing stays live: only the shop stops showing it.
        expect(suspended.cooperative.products).toMatchObject([{ handle: carpet.handle, listing_state: "live" }])
        expect(await inStore(carpet.handle)).toBe(false)
        expect(await inStoreCooperatives("tifawin-aghbalou")).toBe(false)

        const reinstated = (await api.post(`/admin/cooperatives/${id}/reinstate`, {}, admin())).data
        expect(reinstated.cooperative).toMatchObject({ status: "approved", status_reason: null, status_decided_by: staff.userId })
        expect(await inStore(carpet.handle)).toBe(true)
        expect(await inStoreCooperatives("tifawin-aghbalou")).toBe(true)
      })

      it("refuses moves the status machine does not allow with a 400 naming the status, never a 500", async () => {
        const refusals = [
          api.post(`/admin/cooperatives/${ids[seededSuspension.handle]}/approve`, {}, admin()),
          api.post(`/admin/cooperatives/${ids[applicant.handle]}/suspend`, { reason: "Test" }, admin()),
          api.post(`/admin/cooperatives/${ids[applicant.handle]}/reinstate`, {}, admin()),
          api.post(`/admin/cooperatives/${ids["tifawin-aghbalou"]}/reject`, { reason: "Test" }, admin()),
        ]
        for (const response of await Promise.all(refusals.map(attempt))) {
          expect(response.status, JSON.stringify(response.data)).toBe(400)
          expect(response.data.message).toContain("status")
        }
        expectInvalid(await attempt(api.post(`/admin/cooperatives/${ids[seededSuspension.handle]}/reinstate`, { reason: "x" }, admin())), "reason")
      })

      it("answers 404 for an unknown cooperative, whatever the decision", async () => {
        const responses = await Promise.all(
          [
            api.post("/admin/cooperatives/coop_unknown/approve", {}, admin()),
            api.post("/admin/cooperatives/coop_unknown/reject", { reason: "x" }, admin()),
            api.post("/admin/cooperatives/coop_unknown/suspend", { reason: "x" }, admin()),
            api.post("/admin/cooperatives/coop_unknown/reinstate", {}, admin()),
          ].map(attempt),
        )
        expect(responses.map((response) => response.status)).toEqual([404, 404, 404, 404])
      })
    })
  },
})
