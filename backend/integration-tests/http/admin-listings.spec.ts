import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import sharp from "sharp"
import { beforeAll, describe, expect, it } from "vitest"
import { demoAccounts } from "../../src/scripts/seed/accounts"
import { products } from "../../src/scripts/seed/catalogue"
import { ownerEmail } from "../../src/scripts/seed/cooperative-owners"
import { seedShop } from "../../src/scripts/seed/index"
import { provenanceOf } from "../../src/scripts/seed/provenances"
import { callAll, expectAllUnauthorized, staffLogin } from "./admin-helpers"
import { attempt, bearer, cooperativeService, expectInvalid, login, type Api } from "./vendor-helpers"

// A carpet on sale (live, made before listings existed), whose cooperative will also submit new products.
const carpet = products.find((p) => p.cooperative === "tifawin-aghbalou" && p.category.startsWith("tapis"))!
const NEW_TITLE = "Grand tapis zayane aux losanges rouges"

/** A complete new product; `title` tells the products apart. */
function newProduct(title: string, category = "tapis-zayane") {
  return {
    title: { fr: title, ar: "زربية زيانية" },
    subtitle: { fr: "Laine de M'rirt, teintures végétales" },
    description: { fr: "Nouée main par les tisserandes de la coopérative." },
    category,
    variants: [{ title: "150 × 240 cm", prices: { mad: 4800, eur: 450 }, stock: 1 }],
    provenance: { technique: "hand-knotted-pile", materials: ["wool"], dye_kind: "natural", dyes: ["madder"], width_cm: 150, length_cm: 240 },
  }
}

type Item = { kind: string; id: string; product: { id: string }; changes: { field: string; before: unknown; after: unknown }[] }

// Each test starts from the state beforeAll leaves: two new listings in review (Aghbalou first,
// then Salé) and a pending change to the live Aghbalou carpet, in that order.
medusaIntegrationTestRunner({
  testSuite: ({ api: axios, getContainer }) => {
    const api = axios as Api
    let staff: Awaited<ReturnType<typeof staffLogin>>
    let storeHeaders: Record<string, string>
    let aghbalou: { token: string; id: string }
    let sale: { token: string; id: string }
    let zayane: { id: string; handle: string; images: string[] }
    let hanbel: { id: string; handle: string }
    let live: { id: string; revisionId: string }

    const admin = () => bearer(staff.token)
    const storeProduct = async (handle: string) =>
      (await api.get(`/store/products?handle=${handle}&fields=title`, { headers: storeHeaders })).data.products[0] as { title: string } | undefined
    const queue = async (query = "") => (await api.get(`/admin/listings/review${query}`, admin())).data as { items: Item[]; count: number }
    const vendorProduct = async (token: string, id: string) => (await api.get(`/vendor/products/${id}`, bearer(token))).data.product

    async function owner(handle: string) {
      const [cooperative] = await cooperativeService(getContainer()).listCooperatives({ handle }, { select: ["id"] })
      return { token: await login(api, ownerEmail(handle), demoAccounts.password), id: cooperative.id }
    }

    async function submitted(token: string, body: ReturnType<typeof newProduct>) {
      const { data } = await api.post("/vendor/products", body, bearer(token))
      const photo = new FormData()
      const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#a33b2b" } }).png().toBuffer()
      photo.append("files", new Blob([new Uint8Array(png)], { type: "image/png" }), "tapis.png")
      await api.post(`/vendor/products/${data.product.id}/images`, photo, bearer(token))
      return (await api.post(`/vendor/products/${data.product.id}/submit`, {}, bearer(token))).data.product
    }

    beforeAll(async () => {
      const { publishableKey } = await seedShop(getContainer(), [carpet])
      storeHeaders = { "x-publishable-api-key": publishableKey }
      staff = await staffLogin(api, getContainer())
      aghbalou = await owner("tifawin-aghbalou")
      sale = await owner("al-oulja-sale")
      zayane = await submitted(aghbalou.token, newProduct("Tapis zayane de Tighza"))
      hanbel = await submitted(sale.token, newProduct("Hanbel de Salé", "hanbel"))
      const seeded = (await api.get("/vendor/products?state=live", bearer(aghbalou.token))).data.products[0]
      const edited = await api.post(
        `/vendor/products/${seeded.id}`,
        { title: { fr: NEW_TITLE }, provenance: { work_hours: 999 } },
        bearer(aghbalou.token),
      )
      live = { id: seeded.id, revisionId: edited.data.product.revision.id }
    })

    describe("access", () => {
      it("refuses the queue and every decision without a token or with a cooperative member's token", async () => {
        const routes = (): [method: "get" | "post", url: string, body?: unknown][] => [
          ["get", "/admin/listings/review"],
          ["post", `/admin/listings/${zayane.id}/approve`],
          ["post", `/admin/listings/${zayane.id}/reject`, { reason: "Photo floue" }],
          ["post", `/admin/listing-revisions/${live.revisionId}/approve`],
          ["post", `/admin/listing-revisions/${live.revisionId}/reject`, { reason: "Photo floue" }],
          ["get", `/admin/products/${live.id}/cooperative`],
          ["get", "/admin/craft-labels"],
        ]
        await expectAllUnauthorized(callAll(api, routes()))
        await expectAllUnauthorized(callAll(api, routes(), aghbalou.token))
        expect((await queue()).count).toBe(3)
        expect(await storeProduct(zayane.handle)).toBeUndefined()
      })
    })

    describe("review queue", () => {
      it("lists new listings and pending changes oldest first, each with what it changes", async () => {
        const { items, count } = await queue()
        expect(count).toBe(3)
        expect(items.map((item) => [item.kind, item.product.id])).toEqual([
          ["listing", zayane.id],
          ["listing", hanbel.id],
          ["revision", live.id],
        ])
        expect(items[0]).toMatchObject({
          listing_state: "in_review",
          cooperative: { id: aghbalou.id, handle: "tifawin-aghbalou", province: "Khénifra", status: "approved" },
          submitted_by: { email: ownerEmail("tifawin-aghbalou") },
          product: { id: zayane.id, title: "Tapis zayane de Tighza", status: "draft" },
        })
        // Nothing of a new listing is on sale yet: every field is new, prices included.
        const fields = Object.fromEntries(items[0].changes.map((change) => [change.field, change]))
        expect(Object.values(fields).every((change) => change.before === null)).toBe(true)
        expect(fields.title.after).toEqual({ fr: "Tapis zayane de Tighza", ar: "زربية زيانية" })
        expect(fields.images.after).toEqual(zayane.images)
        expect(fields.provenance.after).toMatchObject({ technique: "hand-knotted-pile", dyes: ["madder"], width_cm: 150 })
        expect(fields.provenance.after).not.toHaveProperty("id")
        expect(fields.variants.after).toMatchObject([{ title: "150 × 240 cm", prices: { mad: 4800, eur: 450 }, stock: 1 }])

        // A change shows only what it changes, against what is on sale.
        expect(items[2]).toMatchObject({ id: live.revisionId, listing_state: "live", product: { id: live.id, title: carpet.title.fr } })
        expect(items[2].changes).toEqual([
          { field: "title", before: expect.objectContaining({ fr: carpet.title.fr }), after: expect.objectContaining({ fr: NEW_TITLE }) },
          { field: "provenance", before: { work_hours: provenanceOf(carpet)!.work_hours }, after: { work_hours: 999 } },
        ])
      })

      it("filters by kind and cooperative, page by page", async () => {
        expect((await queue("?kind=revision")).items.map((item) => item.id)).toEqual([live.revisionId])
        expect((await queue("?kind=listing")).items.map((item) => item.product.id)).toEqual([zayane.id, hanbel.id])
        expect((await queue(`?cooperative_id=${sale.id}`)).items.map((item) => item.product.id)).toEqual([hanbel.id])
        const page = await queue("?limit=1&offset=1")
        expect(page).toMatchObject({ count: 3, limit: 1, offset: 1 })
        expect(page.items.map((item) => item.product.id)).toEqual([hanbel.id])
        expect(await queue("?offset=3")).toMatchObject({ count: 3, items: [] })
      })

      it("refuses bad queries with a 400 naming the field", async () => {
        expectInvalid(await attempt(api.get("/admin/listings/review?kind=product", admin())), "kind")
        expectInvalid(await attempt(api.get("/admin/listings/review?limit=500", admin())), "limit")
        expectInvalid(await attempt(api.get("/admin/listings/review?state=live", admin())), "state")
      })
    })

    describe("listing decisions", () => {
      it("approving a listing puts its product in the store and out of the queue", async () => {
        const { data } = await api.post(`/admin/listings/${zayane.id}/approve`, {}, admin())
        expect(data.product).toMatchObject({ id: zayane.id, status: "published", listing: { state: "live", rejection_reason: null } })
        expect((await storeProduct(zayane.handle))?.title).toBe("Tapis zayane de Tighza")
        expect((await queue()).items.map((item) => item.product.id)).toEqual([hanbel.id, live.id])

        const again = await attempt(api.post(`/admin/listings/${zayane.id}/approve`, {}, admin()))
        expect(again.status).toBe(400)
        expect(again.data.message).toContain("state")
      })

      it("rejecting needs a reason, which the member then reads on the product", async () => {
        expectInvalid(await attempt(api.post(`/admin/listings/${hanbel.id}/reject`, {}, admin())), "reason")
        expectInvalid(await attempt(api.post(`/admin/listings/${hanbel.id}/reject`, { reason: " " }, admin())), "reason")
        expect((await vendorProduct(sale.token, hanbel.id)).listing.state).toBe("in_review")

        const reason = "La photo est floue : montrez le tapis entier, à plat, à la lumière du jour."
        const { data } = await api.post(`/admin/listings/${hanbel.id}/reject`, { reason }, admin())
        expect(data.product.listing).toMatchObject({ state: "rejected", rejection_reason: reason })
        expect((await vendorProduct(sale.token, hanbel.id)).listing).toMatchObject({ state: "rejected", rejection_reason: reason })
        expect(await storeProduct(hanbel.handle)).toBeUndefined()
      })

      it("answers 404 for an unknown product and 400 for a body it does not take, never a 500", async () => {
        expect((await attempt(api.post("/admin/listings/prod_unknown/approve", {}, admin()))).status).toBe(404)
        expect((await attempt(api.post("/admin/listings/prod_unknown/reject", { reason: "x" }, admin()))).status).toBe(404)
        expectInvalid(await attempt(api.post(`/admin/listings/${zayane.id}/approve`, { staff_user_id: "user_x" }, admin())), "staff_user_id")
        expectInvalid(await attempt(api.post(`/admin/listings/${zayane.id}/reject`, { reason: "x", state: "live" }, admin())), "state")
        // A live listing is not in review: approving it is refused by the state machine.
        const live_ = await attempt(api.post(`/admin/listings/${live.id}/approve`, {}, admin()))
        expect(live_.status).toBe(400)
        expect(live_.data.message).toContain("live")
      })
    })

    describe("revision decisions", () => {
      it("approving a change puts it on sale; the member sees it approved", async () => {
        expect((await storeProduct(carpet.handle))?.title).toBe(carpet.title.fr)
        const { data } = await api.post(`/admin/listing-revisions/${live.revisionId}/approve`, {}, admin())
        expect(data.revision).toMatchObject({ id: live.revisionId, status: "approved", decided_by: staff.userId })
        expect(data.product).toMatchObject({ title: { fr: NEW_TITLE }, provenance: { work_hours: 999 } })
        expect((await storeProduct(carpet.handle))?.title).toBe(NEW_TITLE)
        expect((await vendorProduct(aghbalou.token, live.id)).revision).toMatchObject({ status: "approved" })
        expect((await queue("?kind=revision")).count).toBe(0)

        const again = await attempt(api.post(`/admin/listing-revisions/${live.revisionId}/approve`, {}, admin()))
        expect(again.status).toBe(400)
        expect(again.data.message).toContain("approved")
      })

      it("rejecting a change needs a reason and leaves the store as it was", async () => {
        expectInvalid(await attempt(api.post(`/admin/listing-revisions/${live.revisionId}/reject`, {}, admin())), "reason")
        const reason = "Le titre doit garder le nom du motif."
        const { data } = await api.post(`/admin/listing-revisions/${live.revisionId}/reject`, { reason }, admin())
        expect(data.revision).toMatchObject({ status: "rejected", reason, decided_by: staff.userId })
        expect((await storeProduct(carpet.handle))?.title).toBe(carpet.title.fr)
        expect((await vendorProduct(aghbalou.token, live.id)).revision).toMatchObject({ status: "rejected", reason })
      })

      it("answers 404 for an unknown revision", async () => {
        expect((await attempt(api.post("/admin/listing-revisions/lrev_unknown/approve", {}, admin()))).status).toBe(404)
        expect((await attempt(api.post("/admin/listing-revisions/lrev_unknown/reject", { reason: "x" }, admin()))).status).toBe(404)
      })
    })

    describe("product widget", () => {
      it("shows a product's cooperative, provenance and listing, with its pending change", async () => {
        const { data } = await api.get(`/admin/products/${live.id}/cooperative`, admin())
        expect(data).toMatchObject({
          cooperative: { id: aghbalou.id, handle: "tifawin-aghbalou", province: "Khénifra", status: "approved" },
          provenance: { technique: provenanceOf(carpet)!.technique, work_hours: provenanceOf(carpet)!.work_hours },
          listing: { state: "live" },
          pending_revision: { id: live.revisionId },
        })
        const fresh = (await api.get(`/admin/products/${zayane.id}/cooperative`, admin())).data
        expect(fresh).toMatchObject({ listing: { state: "in_review" }, pending_revision: null, provenance: { width_cm: 150 } })
      })

      it("answers 404 for an unknown product", async () => {
        expect((await attempt(api.get("/admin/products/prod_unknown/cooperative", admin()))).status).toBe(404)
      })

      it("names the craft codes provenance stores in French", async () => {
        const { data } = await api.get("/admin/craft-labels", admin())
        expect(data.techniques).toMatchObject({ "hand-knotted-pile": "Noué main (velours)", "hanbel-flat-weave": "Tissage plat (hanbel)" })
        expect(data.materials.wool).toEqual(expect.any(String))
        expect(data.dyes.madder).toEqual(expect.any(String))
        expect(data.categories["tapis-zayane"]).toBe("Tapis zayane de Khénifra")
      })
    })
  },
})
