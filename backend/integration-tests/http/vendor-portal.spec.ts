import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow, createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import sharp from "sharp"
import { beforeAll, describe, expect, it } from "vitest"
import { COOPERATIVE_ORDER_MODULE } from "../../src/modules/cooperative-order"
import type { CooperativeOrderStatus } from "../../src/modules/cooperative-order/models/cooperative-order"
import type CooperativeOrderModuleService from "../../src/modules/cooperative-order/service"
import { seedShop } from "../../src/scripts/seed/index"
import { endMemberSessionsWorkflow } from "../../src/workflows/cooperative/workflows/end-member-sessions"
import { deliverPartWorkflow } from "../../src/workflows/cooperative-order/workflows/deliver-part"
import { movePartWorkflow } from "../../src/workflows/cooperative-order/workflows/move-part"
import { splitOrderWorkflow } from "../../src/workflows/cooperative-order/workflows/split-order"
import { approveListingWorkflow } from "../../src/workflows/listing/workflows/approve-listing"
import { rejectListingRevisionWorkflow } from "../../src/workflows/listing/workflows/reject-listing-revision"
import { rejectListingWorkflow } from "../../src/workflows/listing/workflows/reject-listing"
import { staffLogin } from "./admin-helpers"
import { form, newProduct, pngPhoto, type Photo } from "./vendor-product-helpers"
import {
  approvedCooperative,
  attempt,
  bearer,
  bouregreg,
  cooperativeService,
  expectInvalid,
  login,
  registerMember,
  type Api,
} from "./vendor-helpers"

const STAFF = "user_staff_reviewer"
const DAY_SECONDS = 24 * 60 * 60

/** Texts written in Arabic only, as a member in Aghbalou may write them. */
const arabic = {
  title: { ar: "زربية زيانية حمراء" },
  subtitle: { ar: "صوف مريرت وأصباغ نباتية" },
  description: { ar: "نسجتها نساء أغبالو يدويا خلال ستة أسابيع." },
}

type Product = { id: string; handle: string; variants: { id: string; title: string }[] }

// The endpoints of issue 6 that the portal added to the vendor API: texts in the member's own
// language, the home page's summary, uploads for the profile, and ending sessions.
medusaIntegrationTestRunner({
  testSuite: ({ api: axios, getContainer }) => {
    const api = axios as Api
    let storeHeaders: Record<string, string>
    let regions: Record<string, string>
    let png: Photo
    let a: Awaited<ReturnType<typeof approvedCooperative>>
    let b: Awaited<ReturnType<typeof approvedCooperative>>

    const create = async (token: string, body: Record<string, unknown>) => (await api.post("/vendor/products", body, bearer(token))).data.product as Product
    const readProduct = async (token: string, id: string) => (await api.get(`/vendor/products/${id}`, bearer(token))).data.product
    const summary = async (token: string) => (await api.get("/vendor/summary", bearer(token))).data
    const storeTitle = async (handle: string, locale: string) =>
      (await api.get(`/store/products?handle=${handle}&fields=title&locale=${locale}`, { headers: storeHeaders })).data.products[0]?.title

    /** A product of the member's cooperative taken through review by staff: on sale. */
    async function live(token: string, body: Record<string, unknown>) {
      const product = await create(token, body)
      await api.post(`/vendor/products/${product.id}/images`, form([png]), bearer(token))
      await api.post(`/vendor/products/${product.id}/submit`, {}, bearer(token))
      await approveListingWorkflow(getContainer()).run({ input: { product_id: product.id, staff_user_id: STAFF } })
      return product
    }

    /** An order placed in the shop's sales channel, as checkout leaves it (without going through a cart). */
    async function order(currency: "mad" | "eur", lines: [Product, number, number][]) {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product", fields: ["sales_channels.id"], filters: { id: lines[0][0].id } })
      const items = lines.map(([product, quantity, unit_price]) => ({ variant_id: product.variants[0].id, title: product.handle, quantity, unit_price }))
      const { result } = await createOrderWorkflow(getContainer()).run({
        input: { region_id: regions[currency], sales_channel_id: data[0].sales_channels![0]!.id, email: "client@example.ma", items },
      })
      // Completing a cart splits its order; an order made by staff is split here as checkout would.
      await splitOrderWorkflow(getContainer()).run({ input: { order_id: result.id } })
      return result.id
    }

    beforeAll(async () => {
      const container = getContainer()
      const { publishableKey } = await seedShop(container, [])
      storeHeaders = { "x-publishable-api-key": publishableKey }
      const { data } = await api.get("/store/regions", { headers: storeHeaders })
      regions = Object.fromEntries(data.regions.map((region: { id: string; currency_code: string }) => [region.currency_code, region.id]))
      png = await pngPhoto()
      a = await approvedCooperative(api, container, "owner@tighza.ma")
      b = await approvedCooperative(api, container, "owner@bouregreg.ma", bouregreg)
    })

    describe("texts in the member's own language", () => {
      it("creates a listing written in Arabic only, shown in Arabic by the shop", async () => {
        const product = await live(a.token, newProduct({ ...arabic, option_title: { ar: "المقاس" } }))
        // Arabic leaves nothing in a URL: the category names it.
        expect(product.handle).toBe("tapis-zayane")
        expect(await readProduct(a.token, product.id)).toMatchObject({
          title: { ar: arabic.title.ar },
          subtitle: { ar: arabic.subtitle.ar },
          description: { ar: arabic.description.ar },
        })
        expect((await readProduct(a.token, product.id)).title).not.toHaveProperty("fr")
        expect(await storeTitle(product.handle, "ar")).toBe(arabic.title.ar)
        // Until staff add French, the shop in French shows the member's own words, not nothing.
        expect(await storeTitle(product.handle, "fr")).toBe(arabic.title.ar)
      })

      it("takes each text in any one language, and keeps an Arabic product's own field in step with its edits", async () => {
        const mixed = await create(a.token, newProduct({ title: { en: "Red Zayane rug" }, subtitle: { ar: arabic.subtitle.ar }, option_title: undefined }))
        expect(await readProduct(a.token, mixed.id)).toMatchObject({
          handle: "red-zayane-rug",
          title: { en: "Red Zayane rug" },
          subtitle: { ar: arabic.subtitle.ar },
          description: newProduct().description,
        })

        const draft = await create(a.token, newProduct(arabic))
        await api.post(`/vendor/products/${draft.id}`, { title: { ar: "زربية زيانية زرقاء" } }, bearer(a.token))
        const { data } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "product", fields: ["title"], filters: { id: draft.id } })
        expect(data[0].title).toBe("زربية زيانية زرقاء")
        expect((await readProduct(a.token, draft.id)).title).toEqual({ ar: "زربية زيانية زرقاء" })

        // Staff add the French at review, in Medusa Admin: the portal shows both.
        const staff = await staffLogin(api, getContainer())
        await api.post(`/admin/products/${draft.id}`, { title: "Tapis zayane bleu" }, bearer(staff.token))
        expect((await readProduct(a.token, draft.id)).title).toEqual({ fr: "Tapis zayane bleu", ar: "زربية زيانية زرقاء" })
        await api.post(`/vendor/products/${draft.id}`, { title: { ar: "زربية زرقاء" } }, bearer(a.token))
        expect((await readProduct(a.token, draft.id)).title).toEqual({ fr: "Tapis zayane bleu", ar: "زربية زرقاء" })
      })

      it("refuses a text with no language, or a blank or too long one, naming it, and creates nothing", async () => {
        const count = async () => (await getContainer().resolve(Modules.PRODUCT).listProducts({}, { select: ["id"] })).length
        const before = await count()
        const cases: [Record<string, unknown>, string][] = [
          [newProduct({ title: {} }), "title"],
          [newProduct({ description: {} }), "description"],
          // Medusa words length errors itself, naming the field by its path.
          [newProduct({ title: { ar: "   " } }), "'title, ar' too small"],
          [newProduct({ title: { ar: "ز".repeat(201) } }), "'title, ar' too big"],
          [newProduct({ title: { ar: "زربية", de: "Teppich" } }), "de"],
          [newProduct({ option_title: {} }), "option_title"],
        ]
        for (const [body, message] of cases) expectInvalid(await attempt(api.post("/vendor/products", body, bearer(a.token))), message)
        expectInvalid(await attempt(api.post("/vendor/products", newProduct({ title: {} }), bearer(a.token))), "title needs at least one of fr, ar, en")
        expect(await count()).toBe(before)
      })
    })

    describe("summary", () => {
      it("answers zeros and empty lists for a cooperative with no products, and 404 without a cooperative", async () => {
        expect(await summary(a.token)).toEqual({
          listings: { draft: 0, in_review: 0, live: 0, rejected: 0, archived: 0 },
          to_fix: [],
          low_stock: [],
          sales_this_month: [],
          owed: [],
          orders_to_prepare: 0,
        })
        const loner = await registerMember(api, "loner@tighza.ma")
        const refused = await attempt(api.get("/vendor/summary", bearer(loner.token)))
        expect(refused.status).toBe(404)
        expect(refused.data.message).toContain("do not belong to a cooperative")
        expect((await attempt(api.get("/vendor/summary"))).status).toBe(401)
      })

      it("counts listings, lists what to fix and what runs out, and sums this month's sales and what is owed, of the member's cooperative only", async () => {
        const unique = await live(a.token, newProduct({ title: { fr: "Tapis unique", ar: "زربية فريدة" } }))
        const several = await live(
          a.token,
          newProduct({ title: { fr: "Coussin", en: "Cushion" }, category: "boucherouite", variants: [{ title: "40 cm", prices: { mad: 300, eur: 30 }, stock: 6 }] }),
        )
        const rejected = await create(a.token, newProduct({ title: { ar: "زربية مرفوضة" } }))
        await api.post(`/vendor/products/${rejected.id}/images`, form([png]), bearer(a.token))
        await api.post(`/vendor/products/${rejected.id}/submit`, {}, bearer(a.token))
        await rejectListingWorkflow(getContainer()).run({ input: { product_id: rejected.id, staff_user_id: STAFF, reason: "Photos floues" } })
        const revised = (await api.post(`/vendor/products/${several.id}`, { title: { fr: "Coussin rouge" } }, bearer(a.token))).data.product
        await rejectListingRevisionWorkflow(getContainer()).run({ input: { revision_id: revised.revision.id, staff_user_id: STAFF, reason: "Titre trompeur" } })
        await create(a.token, newProduct({ title: { fr: "Brouillon" } }))
        const reviewed = await create(a.token, newProduct({ title: { fr: "En revue" } }))
        await api.post(`/vendor/products/${reviewed.id}/images`, form([png]), bearer(a.token))
        await api.post(`/vendor/products/${reviewed.id}/submit`, {}, bearer(a.token))
        const archived = await live(a.token, newProduct({ title: { fr: "Ancien" }, variants: [{ title: "Unique", prices: { mad: 100 }, stock: 0 }] }))
        await api.post(`/vendor/products/${archived.id}/archive`, {}, bearer(a.token))
        const severalOf = (product: ReturnType<typeof newProduct>) => ({ ...product, provenance: { ...product.provenance, one_of_a_kind: false } })
        const lastPair = await live(
          a.token,
          severalOf(newProduct({ title: { fr: "Coussins" }, category: "boucherouite", variants: [{ title: "40 cm", prices: { mad: 250 }, stock: 1 }] })),
        )
        const ofB = await live(
          b.token,
          severalOf(newProduct({ title: { fr: "Hanbel de Salé" }, category: "hanbel", variants: [{ title: "Unique", prices: { mad: 2600 }, stock: 1 }] })),
        )

        const before = await summary(a.token)
        expect(before.listings).toEqual({ draft: 1, in_review: 1, live: 3, rejected: 1, archived: 1 })
        // The revision was rejected after the listing: newest decision first.
        expect(before.to_fix).toEqual([
          { id: several.id, title: { fr: "Coussin", en: "Cushion" }, reason: "Titre trompeur", kind: "revision" },
          { id: rejected.id, title: { ar: "زربية مرفوضة" }, reason: "Photos floues", kind: "listing" },
        ])
        // The one-of-a-kind carpet has its one piece: not "running out" until it is gone.
        expect(before.low_stock).toEqual([
          { id: lastPair.id, title: { fr: "Coussins" }, variant_id: lastPair.variants[0].id, variant_title: "40 cm", available: 1 },
        ])
        expect(before).toMatchObject({ sales_this_month: [], owed: [], orders_to_prepare: 0 })
        // B's last piece is B's alone.
        expect((await summary(b.token)).low_stock.map((row: { id: string }) => row.id)).toEqual([ofB.id])

        // One order with a piece of each cooperative, one in euros, one last month, one cancelled.
        const first = await order("mad", [
          [unique, 1, 4800],
          [ofB, 1, 2600],
        ])
        await order("eur", [[several, 2, 30]])
        const lastMonth = await order("mad", [[several, 3, 300]])
        const now = new Date()
        const before1st = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1) - DAY_SECONDS * 1000)
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        await pg.raw(`update "order" set created_at = ? where id = ?`, [before1st, lastMonth])
        await pg.raw(`update cooperative_order set created_at = ? where order_id = ?`, [before1st, lastMonth])
        const cancelled = await order("mad", [[several, 1, 300]])
        await cancelOrderWorkflow(getContainer()).run({ input: { order_id: cancelled } })
        // The order's cancellation reaches its parts through the `order.canceled` event.
        const parts = getContainer().resolve<CooperativeOrderModuleService>(COOPERATIVE_ORDER_MODULE)
        await expect
          .poll(async () => (await parts.listCooperativeOrders({ order_id: cancelled }, { select: ["status"] })).map((part) => part.status))
          .toEqual(["cancelled"])

        const after = await summary(a.token)
        expect(after.sales_this_month).toEqual([
          { currency_code: "mad", amount: 4800, items: 1 },
          { currency_code: "eur", amount: 60, items: 2 },
        ])
        // Nothing delivered yet: nothing earned. Once delivered, the sale less 10 % commission.
        expect(after.owed).toEqual([])
        const [uniquePart] = await parts.listCooperativeOrders({ order_id: first, cooperative_id: a.cooperativeId })
        const scoped = { id: uniquePart.id, cooperative_id: a.cooperativeId }
        await movePartWorkflow(getContainer()).run({ input: { ...scoped, move: "accept" } })
        await movePartWorkflow(getContainer()).run({ input: { ...scoped, move: "ship", record: { carrier: "Amana", tracking_number: "RR1MA" } } })
        await deliverPartWorkflow(getContainer()).run({ input: scoped })
        expect((await summary(a.token)).owed).toEqual([{ currency_code: "mad", amount: 4320 }])
        const ofBSummary = await summary(b.token)
        expect(ofBSummary.sales_this_month).toEqual([{ currency_code: "mad", amount: 2600, items: 1 }])
        expect(ofBSummary.owed).toEqual([])
        expect(ofBSummary.listings).toEqual({ draft: 0, in_review: 0, live: 1, rejected: 0, archived: 0 })
        expect(ofBSummary.to_fix).toEqual([])
      })

      it("counts the cooperative's parts of orders still to prepare: new or accepted, its own only", async () => {
        const parts = getContainer().resolve<CooperativeOrderModuleService>(COOPERATIVE_ORDER_MODULE)
        const part = (cooperativeId: string, status: CooperativeOrderStatus, display: number) => ({
          order_id: `order_summary_${display}`,
          order_display_id: display,
          cooperative_id: cooperativeId,
          currency_code: "mad",
          status,
          item_total: 100,
          shipping_total: 0,
          tax_total: 0,
          total: 100,
          commission_total: 10,
        })
        const statuses: CooperativeOrderStatus[] = ["new", "new", "accepted", "shipped", "delivered", "cancelled"]
        await parts.createCooperativeOrders([...statuses.map((status, index) => part(a.cooperativeId, status, index + 1)), part(b.cooperativeId, "new", 99)])
        expect((await summary(a.token)).orders_to_prepare).toBe(3)
        expect((await summary(b.token)).orders_to_prepare).toBe(1)
      })
    })

    describe("uploads", () => {
      it("stores photos of any member of a cooperative, whose addresses the profile then takes", async () => {
        const jpeg = { name: "logo.jpg", type: "image/jpeg", bytes: await sharp(png.bytes).jpeg().toBuffer() }
        const { data } = await api.post("/vendor/uploads", form([png, jpeg]), bearer(a.token))
        expect(data.files).toHaveLength(2)
        expect(data.files.map((file: { url: string }) => file.url.split(".").pop())).toEqual(["png", "jpg"])
        for (const file of data.files) expect(file).toEqual({ id: expect.any(String), url: expect.stringMatching(/^https?:\/\//) })
        const { data: updated } = await api.post("/vendor/cooperative", { logo_url: data.files[1].url, cover_url: data.files[0].url }, bearer(a.token))
        expect(updated.cooperative).toMatchObject({ logo_url: data.files[1].url, cover_url: data.files[0].url })

        // A member who is not the owner uploads too.
        const weaver = await registerMember(api, "weaver@tighza.ma")
        const { data: invited } = await api.post("/vendor/invites", { email: "weaver@tighza.ma" }, bearer(a.token))
        await api.post("/vendor/invites/accept", { token: invited.token }, bearer(weaver.token))
        const token = await login(api, "weaver@tighza.ma")
        expect((await api.post("/vendor/uploads", form([png]), bearer(token))).data.files).toHaveLength(1)
      })

      it("refuses what is not a photo, and anyone without a cooperative or a token", async () => {
        expectInvalid(await attempt(api.post("/vendor/uploads", form([{ name: "logo.png", type: "image/png", bytes: Buffer.from("pas une image") }]), bearer(a.token))), "logo.png")
        expectInvalid(await attempt(api.post("/vendor/uploads", form([png], "photo"), bearer(a.token))), "files")
        expectInvalid(await attempt(api.post("/vendor/uploads", form([]), bearer(a.token))), "files")
        const loner = await registerMember(api, "loner@tighza.ma")
        expect((await attempt(api.post("/vendor/uploads", form([png]), bearer(loner.token)))).status).toBe(404)
        expect((await attempt(api.post("/vendor/uploads", form([png])))).status).toBe(401)
      })
    })

    describe("sessions", () => {
      it("lasts 30 days, and ending from one phone logs out every phone until a new login", async () => {
        const phone = await login(api, "owner@tighza.ma")
        const shared = await login(api, "owner@tighza.ma")
        const claims = JSON.parse(Buffer.from(phone.split(".")[1], "base64url").toString())
        expect(claims.exp - claims.iat).toBe(30 * DAY_SECONDS)
        const session = await api.post("/auth/session", {}, bearer(shared))
        const cookie = { headers: { cookie: session.headers["set-cookie"][0].split(";")[0] } }
        for (const config of [bearer(phone), bearer(shared), cookie]) expect((await api.get("/vendor/me", config)).status).toBe(200)

        const { data } = await api.post("/vendor/me/sessions/end", {}, bearer(phone))
        const [member] = await cooperativeService(getContainer()).listCooperativeMembers({ id: a.memberId }, { select: ["sessions_ended_at"] })
        expect(new Date(data.ended_at).getTime()).toBe(new Date(member.sessions_ended_at!).getTime())
        for (const config of [bearer(phone), bearer(shared), cookie, bearer(a.token)]) {
          const refused = await attempt(api.get("/vendor/me", config))
          expect(refused.status).toBe(401)
          expect(refused.data.message).toBe("Unauthorized")
        }
        // An ended token cannot be traded for a fresh one either.
        expect((await attempt(api.post("/auth/token/refresh", {}, bearer(phone)))).status).toBe(401)

        const fresh = await login(api, "owner@tighza.ma")
        expect((await api.get("/vendor/me", bearer(fresh))).data.member.id).toBe(a.memberId)
        const refreshed = (await api.post("/auth/token/refresh", {}, bearer(fresh))).data.token
        expect((await api.get("/vendor/summary", bearer(refreshed))).status).toBe(200)
        // Other members keep their sessions.
        expect((await api.get("/vendor/me", bearer(b.token))).status).toBe(200)
      })

      it("refuses a body with fields, ending nothing, and restores the previous moment when a later step fails", async () => {
        expectInvalid(await attempt(api.post("/vendor/me/sessions/end", { member_id: b.memberId }, bearer(a.token))), "member_id")
        expect((await api.get("/vendor/me", bearer(a.token))).status).toBe(200)
        expect((await api.get("/vendor/me", bearer(b.token))).status).toBe(200)

        const failing = createWorkflow("test-end-sessions-then-fail", (input: { member_id: string; ended_at: Date }) => {
          endMemberSessionsWorkflow.runAsStep({ input })
          createStep("test-fail-after-ending-sessions", async () => {
            throw new Error("a later step failed")
          })()
          return new WorkflowResponse(input.member_id)
        })
        const ended = (await api.post("/vendor/me/sessions/end", {}, bearer(a.token))).data.ended_at
        const { errors } = await failing(getContainer()).run({
          input: { member_id: a.memberId, ended_at: new Date(Date.now() + 60_000) },
          throwOnError: false,
        })
        expect(errors[0].error.message).toContain("a later step failed")
        const [member] = await cooperativeService(getContainer()).listCooperativeMembers({ id: a.memberId }, { select: ["sessions_ended_at"] })
        expect(new Date(member.sessions_ended_at!).toISOString()).toBe(ended)
      })
    })
  },
})
