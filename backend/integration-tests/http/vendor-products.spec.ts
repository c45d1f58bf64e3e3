import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import sharp from "sharp"
import { beforeAll, describe, expect, it } from "vitest"
import { LISTING_MODULE } from "../../src/modules/listing"
import type ListingModuleService from "../../src/modules/listing/service"
import { demoAccounts } from "../../src/scripts/seed/accounts"
import { products as catalogue } from "../../src/scripts/seed/catalogue"
import { ownerEmail } from "../../src/scripts/seed/cooperative-owners"
import { seedShop } from "../../src/scripts/seed/index"
import { ListingEvents } from "../../src/workflows/listing/events"
import { closeRevisionStep, type CloseRevisionStepInput } from "../../src/workflows/listing/steps/close-revision"
import { createListingStep } from "../../src/workflows/listing/steps/create-listing"
import { moveListingStep, type MoveListingStepInput } from "../../src/workflows/listing/steps/move-listing"
import { proposeRevisionStep, type ProposeRevisionStepInput } from "../../src/workflows/listing/steps/propose-revision"
import { saveProvenanceStep, type SaveProvenanceStepInput } from "../../src/workflows/listing/steps/save-provenance"
import { setStockLevelsStep, type SetStockLevelsStepInput } from "../../src/workflows/listing/steps/set-stock-levels"
import { createListingWorkflow } from "../../src/workflows/listing/workflows/create-listing"
import { approveListingRevisionWorkflow } from "../../src/workflows/listing/workflows/approve-listing-revision"
import { approveListingWorkflow } from "../../src/workflows/listing/workflows/approve-listing"
import { rejectListingRevisionWorkflow } from "../../src/workflows/listing/workflows/reject-listing-revision"
import { rejectListingWorkflow } from "../../src/workflows/listing/workflows/reject-listing"
import { form, newProduct, pngPhoto, type Photo } from "./vendor-product-helpers"
import {
  application,
  approvedCooperative,
  attempt,
  bearer,
  bouregreg,
  expectInvalid,
  login,
  recordEvents,
  registerMember,
  waitForEvent,
  type Api,
  type Response,
} from "./vendor-helpers"

// One seeded carpet, linked to its cooperative by the seed but made before listings existed.
const seededCarpet = catalogue.find((p) => p.cooperative === "tifawin-aghbalou" && p.category.startsWith("tapis"))!
const STAFF = "user_staff_reviewer"

type EveryWriteInput = {
  move: MoveListingStepInput
  propose: ProposeRevisionStepInput
  close: CloseRevisionStepInput
  updateProvenance: SaveProvenanceStepInput
  createProvenance: SaveProvenanceStepInput
  stock: SetStockLevelsStepInput
}

// Every mutating step of the listing workflows, then a failure: what each wrote must be undone.
const failAfterEveryWrite = createStep("test-fail-after-every-listing-write", async () => {
  throw new Error("a later step failed")
})
const everyWriteThenFail = createWorkflow("test-listing-compensation", (input: EveryWriteInput) => {
  createListingStep({ state: "draft" })
  proposeRevisionStep(input.propose)
  closeRevisionStep(input.close)
  moveListingStep(input.move)
  saveProvenanceStep(input.updateProvenance)
  saveProvenanceStep(input.createProvenance).config({ name: "test-create-provenance" })
  setStockLevelsStep(input.stock)
  failAfterEveryWrite()
  return new WorkflowResponse(input.move.listing_id)
})

/** A record without its write timestamps, which a compensation's own write moves on. */
function withoutTimestamps(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTimestamps)
  if (!value || typeof value !== "object" || value instanceof Date) return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== "updated_at")
      .map(([key, field]) => [key, withoutTimestamps(field)]),
  )
}

medusaIntegrationTestRunner({
  testSuite: ({ api: axios, getContainer }) => {
    const api = axios as Api
    let storeHeaders: Record<string, string>
    let madRegion: string
    let png: Photo
    let a: Awaited<ReturnType<typeof approvedCooperative>>
    let b: Awaited<ReturnType<typeof approvedCooperative>>
    let productA: { id: string; handle: string; variants: { id: string }[] }
    let productB: { id: string; handle: string; variants: { id: string }[] }
    let events: ReturnType<typeof recordEvents>

    const listings = () => getContainer().resolve<ListingModuleService>(LISTING_MODULE)
    const vendor = (token: string) => bearer(token)
    const storeProduct = async (handle: string, locale = "fr") => {
      const fields = "title,*variants.calculated_price"
      const { data } = await api.get(`/store/products?handle=${handle}&region_id=${madRegion}&fields=${fields}&locale=${locale}`, {
        headers: storeHeaders,
      })
      return data.products[0] as { title: string; variants: { calculated_price: { calculated_amount: number } }[] } | undefined
    }
    const readProduct = async (token: string, id: string) => (await api.get(`/vendor/products/${id}`, vendor(token))).data.product
    const upload = (token: string, id: string, photos: Photo[], field?: string) =>
      attempt(api.post(`/vendor/products/${id}/images`, form(photos, field), vendor(token)))
    /** Everything a refused request must leave as it was. */
    const snapshot = async (id: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product",
        fields: ["*", "images.url", "variants.prices.amount", "listing.*", "provenance.*", "cooperative.id"],
        filters: { id },
      })
      return data[0]
    }

    // Two approved cooperatives, A in Aghbalou and B in Salé, each with a draft product; the
    // database returns to this state before every test.
    beforeAll(async () => {
      const container = getContainer()
      const { publishableKey } = await seedShop(container, [seededCarpet])
      storeHeaders = { "x-publishable-api-key": publishableKey }
      const { data } = await api.get("/store/regions", { headers: storeHeaders })
      madRegion = data.regions.find((region: { currency_code: string }) => region.currency_code === "mad").id
      png = await pngPhoto()

      a = await approvedCooperative(api, container, "owner@tighza.ma")
      b = await approvedCooperative(api, container, "owner@bouregreg.ma", bouregreg)
      const withSku = newProduct()
      withSku.variants[0] = { ...withSku.variants[0], sku: "TIGHZA-ZAY-001" } as (typeof withSku.variants)[0]
      productA = (await api.post("/vendor/products", withSku, vendor(a.token))).data.product
      productB = (
        await api.post(
          "/vendor/products",
          newProduct({ title: { fr: "Hanbel de Salé" }, category: "hanbel", variants: [{ title: "120 × 200 cm", prices: { mad: 2600 }, stock: 2 }] }),
          vendor(b.token),
        )
      ).data.product
      events = recordEvents(container, Object.values(ListingEvents))
    })

    describe("creating", () => {
      it("creates a draft of the member's cooperative with its texts, prices, stock and provenance, out of the store", async () => {
        const product = await readProduct(a.token, productA.id)
        expect(product).toMatchObject({
          status: "draft",
          handle: "tapis-zayane-a-losanges",
          title: { fr: "Tapis zayane à losanges", ar: "زربية زيانية بالمعينات", en: "Zayane diamond rug" },
          subtitle: { fr: "Laine de M'rirt, teintures végétales" },
          description: { fr: "Noué main pendant six semaines par les tisserandes d'Aghbalou.", en: "Hand-knotted over six weeks." },
          category: "tapis-zayane",
          images: [],
          variants: [{ title: "150 × 240 cm", sku: "TIGHZA-ZAY-001", prices: { mad: 4800, eur: 450, usd: 490 }, stock: 1, reserved: 0 }],
          listing: { state: "draft", rejection_reason: null, first_live_at: null },
          revision: null,
          provenance: { technique: "hand-knotted-pile", village: "Aghbalou", dyes: ["madder", "undyed-ivory"], width_cm: 150 },
        })
        expect(product.listing.id).toMatch(/^lst_/)
        expect((await snapshot(productA.id)).cooperative?.id).toBe(a.cooperativeId)
        expect(await storeProduct(productA.handle)).toBeUndefined()

        // A second product with the same title gets its own handle.
        const twin = (await api.post("/vendor/products", newProduct({ variants: [{ title: "Unique", prices: { mad: 10 }, stock: 0 }] }), vendor(a.token))).data.product
        expect(twin.handle).toBe("tapis-zayane-a-losanges-2")
        expect(await waitForEvent(events, ListingEvents.CREATED, (data) => data.id === twin.id)).toMatchObject({ cooperative_id: a.cooperativeId })
      })

      it("lists only the member's own products, by listing state, page by page", async () => {
        const second = (await api.post("/vendor/products", newProduct({ title: { fr: "Boucherouite" }, category: "boucherouite" }), vendor(a.token))).data.product
        await upload(a.token, second.id, [png])
        await api.post(`/vendor/products/${second.id}/submit`, {}, vendor(a.token))

        const all = (await api.get("/vendor/products", vendor(a.token))).data
        expect(all.count).toBe(2)
        expect(all.products.map((p: { id: string }) => p.id)).toEqual([second.id, productA.id])
        const inReview = (await api.get("/vendor/products?state=in_review", vendor(a.token))).data
        expect(inReview.products.map((p: { id: string }) => p.id)).toEqual([second.id])
        const page = (await api.get("/vendor/products?limit=1&offset=1", vendor(a.token))).data
        expect(page).toMatchObject({ count: 2, limit: 1, offset: 1 })
        expect(page.products.map((p: { id: string }) => p.id)).toEqual([productA.id])
        expect((await api.get("/vendor/products", vendor(b.token))).data.products.map((p: { id: string }) => p.id)).toEqual([productB.id])
        expectInvalid(await attempt(api.get("/vendor/products?state=sold", vendor(a.token))), "state")
        expectInvalid(await attempt(api.get("/vendor/products?cooperative_id=x", vendor(a.token))), "cooperative_id")
      })

      it("refuses a pending cooperative's member (403) and an unauthenticated call (401)", async () => {
        const pending = await registerMember(api, "owner@pending.ma")
        await api.post("/vendor/application", application({ odco_number: "KH-2023-0999", email: "c@pending.ma" }), bearer(pending.token))
        const refused = await attempt(api.post("/vendor/products", newProduct(), vendor(pending.token)))
        expect(refused.status).toBe(403)
        expect(refused.data.message).toContain("pending")
        expect((await attempt(api.get("/vendor/products"))).status).toBe(401)
        expect((await attempt(api.post("/vendor/products", newProduct()))).status).toBe(401)
      })

      it("gives a seeded product, made before listings, a listing that follows the store", async () => {
        const token = await login(api, ownerEmail(seededCarpet.cooperative), demoAccounts.password)
        const { data } = await api.get("/vendor/products?state=live", vendor(token))
        const seeded = data.products.find((p: { handle: string }) => p.handle === seededCarpet.handle)
        expect(seeded.listing).toMatchObject({ id: null, state: "live" })
        const priced = await api.post(`/vendor/products/${seeded.id}/price`, { variants: [{ id: seeded.variants[0].id, prices: { mad: 9999 } }] }, vendor(token))
        expect(priced.data.product.listing).toMatchObject({ state: "live" })
        expect(priced.data.product.listing.id).toMatch(/^lst_/)
        expect((await storeProduct(seededCarpet.handle))!.variants[0].calculated_price.calculated_amount).toBe(9999)
      })
    })

    describe("tenant isolation", () => {
      it("answers 404 for another cooperative's product on every route, and changes nothing", async () => {
        const before = await snapshot(productB.id)
        const variant = productB.variants[0].id
        const id = productB.id
        const requests: [string, () => Promise<Response>][] = [
          ["read", () => api.get(`/vendor/products/${id}`, vendor(a.token))],
          ["update", () => api.post(`/vendor/products/${id}`, { title: { fr: "Volé" } }, vendor(a.token))],
          ["update with a bad body", () => api.post(`/vendor/products/${id}`, { color: "red" }, vendor(a.token))],
          ["delete", () => api.delete(`/vendor/products/${id}`, vendor(a.token))],
          ["images", () => api.post(`/vendor/products/${id}/images`, form([png]), vendor(a.token))],
          ["provenance read", () => api.get(`/vendor/products/${id}/provenance`, vendor(a.token))],
          ["provenance", () => api.post(`/vendor/products/${id}/provenance`, { village: "Ailleurs" }, vendor(a.token))],
          ["submit", () => api.post(`/vendor/products/${id}/submit`, {}, vendor(a.token))],
          ["withdraw", () => api.post(`/vendor/products/${id}/withdraw`, {}, vendor(a.token))],
          ["archive", () => api.post(`/vendor/products/${id}/archive`, {}, vendor(a.token))],
          ["price", () => api.post(`/vendor/products/${id}/price`, { variants: [{ id: variant, prices: { mad: 1 } }] }, vendor(a.token))],
          ["stock", () => api.post(`/vendor/products/${id}/stock`, { variants: [{ id: variant, stock: 0 }] }, vendor(a.token))],
          ["unknown id", () => api.get("/vendor/products/prod_does_not_exist", vendor(a.token))],
        ]
        for (const [what, request] of requests) {
          const response = await attempt(request())
          expect(response.status, `${what}: ${JSON.stringify(response.data)}`).toBe(404)
          expect(response.data.message).not.toContain("Bouregreg")
        }
        expect(await snapshot(productB.id)).toEqual(before)
      })

      it("refuses a cooperative_id in any body with a 400 naming it, and moves nothing", async () => {
        const linkCount = async () =>
          (
            await getContainer()
              .resolve(ContainerRegistrationKeys.QUERY)
              .graph({ entity: "cooperative", fields: ["products.id"], filters: { id: b.cooperativeId } })
          ).data[0].products?.length
        const before = await snapshot(productA.id)
        const linksOfB = await linkCount()
        expectInvalid(await attempt(api.post("/vendor/products", { ...newProduct(), cooperative_id: b.cooperativeId }, vendor(a.token))), "cooperative_id")
        expectInvalid(await attempt(api.post(`/vendor/products/${productA.id}`, { cooperative_id: b.cooperativeId }, vendor(a.token))), "cooperative_id")
        expectInvalid(await attempt(api.post(`/vendor/products/${productA.id}/submit`, { cooperative_id: b.cooperativeId }, vendor(a.token))), "cooperative_id")
        expectInvalid(
          await attempt(api.post(`/vendor/products/${productA.id}/provenance`, { cooperative_id: b.cooperativeId }, vendor(a.token))),
          "cooperative_id",
        )
        expect(await snapshot(productA.id)).toEqual(before)
        expect(await linkCount()).toBe(linksOfB)
        expect((await api.get("/vendor/products", vendor(a.token))).data.count).toBe(1)
      })
    })

    describe("bad input", () => {
      it("refuses bad product bodies with a 400 naming the field, creating nothing", async () => {
        const count = async () => (await getContainer().resolve(Modules.PRODUCT).listProducts({}, { select: ["id"] })).length
        const before = await count()
        const variant = newProduct().variants[0]
        const cases: [Record<string, unknown>, string][] = [
          [newProduct({ title: "Tapis" }), "title"],
          [newProduct({ title: {} }), "title"],
          [newProduct({ color: "rouge" }), "color"],
          [newProduct({ category: "tapis-volants" }), "category"],
          [newProduct({ category: "tapis" }), "category"],
          [newProduct({ variants: [] }), "variants"],
          [newProduct({ variants: [{ ...variant, stock: -1 }] }), "stock"],
          [newProduct({ variants: [{ ...variant, stock: 1.5 }] }), "stock"],
          [newProduct({ variants: [{ ...variant, prices: { mad: "cher" } }] }), "mad"],
          [newProduct({ variants: [{ ...variant, prices: { mad: 100, gbp: 10 } }] }), "gbp"],
          [newProduct({ variants: [variant, variant] }), "variants"],
          [newProduct({ provenance: { ...newProduct().provenance, technique: "machine-made" } }), "technique"],
          [newProduct({ provenance: { ...newProduct().provenance, dye_kind: "undyed", dyes: ["madder"] } }), "dyes"],
          [newProduct({ provenance: { ...newProduct().provenance, width_cm: 3 } }), "width_cm"],
          [newProduct({ provenance: { technique: "hand-knotted-pile" } }), "materials"],
        ]
        for (const [body, field] of cases) expectInvalid(await attempt(api.post("/vendor/products", body, vendor(a.token))), field)
        expect(await count()).toBe(before)
      })

      it("refuses bad updates, prices and stock with a 400 naming the field, changing nothing", async () => {
        const before = await snapshot(productA.id)
        const variant = productA.variants[0].id
        const cases: [string, Record<string, unknown>, string][] = [
          ["", { title: { fr: 42 } }, "title"],
          ["", { title: {} }, "title"],
          ["", { category: "soucoupes" }, "category"],
          ["", { images: ["https://evil.example/pixel.png"] }, "images"],
          ["", {}, "at least one field"],
          ["/provenance", { knot_density: 5 }, "knot_density"],
          ["/provenance", { materials: ["plastic"] }, "materials"],
          ["/price", { variants: [{ id: variant, prices: { mad: -10 } }] }, "mad"],
          ["/price", { variants: [{ id: variant, prices: { mad: 10.001 } }] }, "mad"],
          ["/price", { variants: [{ id: productB.variants[0].id, prices: { mad: 10 } }] }, "variants.0.id"],
          ["/stock", { variants: [{ id: variant, stock: -1 }] }, "stock"],
          ["/stock", { variants: [{ id: variant, stock: "beaucoup" }] }, "stock"],
          ["/stock", { variants: [{ id: variant }] }, "stock"],
          ["/stock", { variants: [{ id: variant, stock: 3, price: 10 }] }, "price"],
        ]
        for (const [path, body, field] of cases) {
          expectInvalid(await attempt(api.post(`/vendor/products/${productA.id}${path}`, body, vendor(a.token))), field)
        }
        expect(await snapshot(productA.id)).toEqual(before)
      })

      it("takes JPEG, PNG and WebP photos up to 10 MB, checked by their bytes", async () => {
        const jpeg = { name: "détail.JPG", type: "image/jpeg", bytes: await sharp(png.bytes).jpeg().toBuffer() }
        const webp = { name: "dos.webp", type: "image/webp", bytes: await sharp(png.bytes).webp().toBuffer() }
        const before = await snapshot(productA.id)
        const refused: [Photo[], string | undefined, string][] = [
          [[{ name: "tapis.jpg", type: "image/jpeg", bytes: Buffer.from("ceci n'est pas une image") }], undefined, "tapis.jpg"],
          [[{ name: "tapis.png", type: "text/plain", bytes: png.bytes }], undefined, "tapis.png"],
          [[{ name: "tapis.gif", type: "image/gif", bytes: Buffer.from("GIF89a\x01\x00\x01\x00") }], undefined, "tapis.gif"],
          [[{ name: "grand.jpg", type: "image/jpeg", bytes: Buffer.concat([jpeg.bytes, Buffer.alloc(30 * 1024 * 1024)]) }], undefined, "10 MB"],
          [[png], "photo", "files"],
          [[], undefined, "files"],
        ]
        for (const [photos, field, message] of refused) {
          const response = await upload(a.token, productA.id, photos, field)
          expectInvalid(response, message)
        }
        expect(await snapshot(productA.id)).toEqual(before)

        const { data } = await upload(a.token, productA.id, [png, jpeg, webp])
        expect(data.files).toHaveLength(3)
        expect(data.files.map((file: { url: string }) => file.url.split(".").pop())).toEqual(["png", "jpg", "webp"])
        expect(data.product.images).toEqual(data.files.map((file: { url: string }) => file.url))
        expect(data.product.thumbnail).toBe(data.files[0].url)
      })
    })

    describe("compensation", () => {
      it("undoes every listing write when a later step fails", async () => {
        await upload(a.token, productA.id, [png])
        await api.post(`/vendor/products/${productA.id}/submit`, {}, vendor(a.token))
        await approveListingWorkflow(getContainer()).run({ input: { product_id: productA.id, staff_user_id: STAFF } })
        const pending = (await api.post(`/vendor/products/${productA.id}`, { title: { fr: "Titre proposé" } }, vendor(a.token))).data.product
        const [bare] = await getContainer().resolve(Modules.PRODUCT).createProducts([{ title: "Sans provenance", status: "draft" }])
        const [item] = await getContainer().resolve(Modules.INVENTORY).listInventoryItems({ sku: "TIGHZA-ZAY-001" }, { select: ["id"] })
        const [level] = await getContainer().resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: item.id })
        const listingCount = (await listings().listListings({}, { select: ["id"] })).length
        const before = withoutTimestamps(await snapshot(productA.id))
        const revisionBefore = withoutTimestamps(await listings().retrieveListingRevision(pending.revision.id))

        await expect(
          everyWriteThenFail(getContainer()).run({
            input: {
              move: { listing_id: pending.listing.id, action: "archive", actor_id: a.memberId },
              propose: { listing_id: pending.listing.id, member_id: a.memberId, changes: { title: { ar: "عنوان" } } },
              close: { revision_id: pending.revision.id, status: "approved", decided_by: STAFF },
              updateProvenance: { product_id: productA.id, provenance: { village: "Kaf En-Nsour", work_hours: 400 } },
              createProvenance: { product_id: bare.id, provenance: { technique: "wheel-thrown", materials: ["clay"] } },
              stock: { location_id: level.location_id, levels: [{ inventory_item_id: item.id, stocked_quantity: 7 }] },
            },
          }),
        ).rejects.toThrow("a later step failed")

        expect(withoutTimestamps(await snapshot(productA.id))).toEqual(before)
        expect(withoutTimestamps(await listings().retrieveListingRevision(pending.revision.id))).toEqual(revisionBefore)
        expect((await listings().listListings({}, { select: ["id"] })).length).toBe(listingCount)
        expect((await snapshot(bare.id)).provenance).toBeFalsy()
        const [after] = await getContainer().resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: item.id })
        expect(after.stocked_quantity).toBe(level.stocked_quantity)
      })

      it("leaves nothing behind when creating a product fails halfway", async () => {
        const container = getContainer()
        const count = async () => ({
          products: (await container.resolve(Modules.PRODUCT).listProducts({}, { select: ["id"], withDeleted: false })).length,
          items: (await container.resolve(Modules.INVENTORY).listInventoryItems({}, { select: ["id"] })).length,
          listings: (await listings().listListings({}, { select: ["id"] })).length,
        })
        const before = await count()
        // The route's validator would refuse this provenance; the workflow's own check comes after the product exists.
        const product = { ...newProduct(), provenance: { technique: "hand-knotted-pile", materials: ["wool"], width_cm: 5 } }
        await expect(
          createListingWorkflow(container).run({ input: { cooperative_id: a.cooperativeId, member_id: a.memberId, product } }),
        ).rejects.toMatchObject({ type: MedusaError.Types.INVALID_DATA, message: expect.stringContaining("width_cm") })
        expect(await count()).toEqual(before)
      })
    })

    describe("the listing's life", () => {
      it("goes live only when staff approve it, and carries a rejection's reason back to the member", async () => {
        const refused = await attempt(api.post(`/vendor/products/${productA.id}/submit`, {}, vendor(a.token)))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toContain("photo")
        await upload(a.token, productA.id, [png])
        expect((await api.post(`/vendor/products/${productA.id}/submit`, {}, vendor(a.token))).data.product.listing.state).toBe("in_review")
        expect((await attempt(api.post(`/vendor/products/${productA.id}`, { title: { fr: "Autre" } }, vendor(a.token)))).data.message).toContain("withdraw")

        const reason = "Les photos sont floues : merci d'en prendre de nouvelles à la lumière du jour."
        await expect(rejectListingWorkflow(getContainer()).run({ input: { product_id: productA.id, staff_user_id: STAFF, reason: " " } })).rejects.toMatchObject({
          type: MedusaError.Types.INVALID_DATA,
        })
        await rejectListingWorkflow(getContainer()).run({ input: { product_id: productA.id, staff_user_id: STAFF, reason } })
        const rejected = await readProduct(a.token, productA.id)
        expect(rejected.listing).toMatchObject({ state: "rejected", rejection_reason: reason })
        expect(await waitForEvent(events, ListingEvents.REJECTED)).toMatchObject({ id: productA.id, reason })
        expect(await storeProduct(productA.handle)).toBeUndefined()

        await api.post(`/vendor/products/${productA.id}`, { subtitle: { fr: "Photos refaites au soleil" } }, vendor(a.token))
        await api.post(`/vendor/products/${productA.id}/submit`, {}, vendor(a.token))
        await expect(approveListingWorkflow(getContainer()).run({ input: { product_id: productB.id, staff_user_id: STAFF } })).rejects.toMatchObject({
          type: MedusaError.Types.NOT_ALLOWED,
          message: expect.stringContaining("draft cannot be approved"),
        })
        await approveListingWorkflow(getContainer()).run({ input: { product_id: productA.id, staff_user_id: STAFF } })
        const live = await readProduct(a.token, productA.id)
        expect(live).toMatchObject({ status: "published", listing: { state: "live", rejection_reason: null } })
        expect(live.listing.first_live_at).not.toBeNull()
        expect((await storeProduct(productA.handle))!.title).toBe("Tapis zayane à losanges")
        expect((await storeProduct(productA.handle, "ar"))!.title).toBe("زربية زيانية بالمعينات")
        expect(await waitForEvent(events, ListingEvents.APPROVED)).toMatchObject({ id: productA.id, state: "live" })
      })

      it("keeps a live listing's text until staff approve the revision, while a price change shows at once", async () => {
        await upload(a.token, productA.id, [png])
        await api.post(`/vendor/products/${productA.id}/submit`, {}, vendor(a.token))
        await approveListingWorkflow(getContainer()).run({ input: { product_id: productA.id, staff_user_id: STAFF } })

        const edited = await api.post(`/vendor/products/${productA.id}`, { title: { fr: "Grand tapis zayane", en: "Large Zayane rug" } }, vendor(a.token))
        expect(edited.data.product).toMatchObject({ title: { fr: "Tapis zayane à losanges" }, revision: { status: "pending" } })
        await api.post(`/vendor/products/${productA.id}/provenance`, { work_hours: 360 }, vendor(a.token))
        const pending = await readProduct(a.token, productA.id)
        expect(pending.revision.changes).toEqual({ title: { fr: "Grand tapis zayane", en: "Large Zayane rug" }, provenance: { work_hours: 360 } })
        expect((await api.get(`/vendor/products/${productA.id}/provenance`, vendor(a.token))).data).toMatchObject({
          provenance: { work_hours: 320 },
          pending_provenance: { work_hours: 360 },
        })
        expect((await storeProduct(productA.handle))!.title).toBe("Tapis zayane à losanges")
        const isPending = (fields: string[]) => (data: Record<string, unknown>) =>
          data.revision_id === pending.revision.id && JSON.stringify(data.fields) === JSON.stringify(fields)
        expect(await waitForEvent(events, ListingEvents.REVISION_SUBMITTED, isPending(["title"]))).toMatchObject({ id: productA.id })
        expect(await waitForEvent(events, ListingEvents.REVISION_SUBMITTED, isPending(["provenance"]))).toMatchObject({ id: productA.id })

        const variant = productA.variants[0].id
        await api.post(`/vendor/products/${productA.id}/price`, { variants: [{ id: variant, prices: { mad: 5200 } }] }, vendor(a.token))
        expect((await storeProduct(productA.handle))!.variants[0].calculated_price.calculated_amount).toBe(5200)
        expect((await readProduct(a.token, productA.id)).variants[0].prices).toEqual({ mad: 5200, eur: 450, usd: 490 })
        await api.post(`/vendor/products/${productA.id}/stock`, { variants: [{ id: variant, stock: 3 }] }, vendor(a.token))
        expect((await readProduct(a.token, productA.id)).variants[0].stock).toBe(3)
        expect(await waitForEvent(events, ListingEvents.STOCK_CHANGED)).toMatchObject({ id: productA.id, variant_ids: [variant] })

        await approveListingRevisionWorkflow(getContainer()).run({ input: { revision_id: pending.revision.id, staff_user_id: STAFF } })
        expect((await storeProduct(productA.handle))!.title).toBe("Grand tapis zayane")
        expect((await storeProduct(productA.handle, "en"))!.title).toBe("Large Zayane rug")
        expect((await storeProduct(productA.handle, "ar"))!.title).toBe("زربية زيانية بالمعينات")
        const applied = await readProduct(a.token, productA.id)
        expect(applied).toMatchObject({ revision: { status: "approved" }, provenance: { work_hours: 360, width_cm: 150 } })
        await expect(
          approveListingRevisionWorkflow(getContainer()).run({ input: { revision_id: pending.revision.id, staff_user_id: STAFF } }),
        ).rejects.toMatchObject({ type: MedusaError.Types.NOT_ALLOWED })

        // A rejected revision leaves the product as it is and tells the member why.
        await api.post(`/vendor/products/${productA.id}`, { category: "hanbel" }, vendor(a.token))
        const second = (await readProduct(a.token, productA.id)).revision
        await rejectListingRevisionWorkflow(getContainer()).run({ input: { revision_id: second.id, staff_user_id: STAFF, reason: "C'est un tapis noué." } })
        expect(await readProduct(a.token, productA.id)).toMatchObject({ category: "tapis-zayane", revision: { status: "rejected", reason: "C'est un tapis noué." } })
      })

      it("withdraws, archives and deletes by the rules, refusing illegal moves with a 400", async () => {
        await upload(a.token, productA.id, [png])
        await api.post(`/vendor/products/${productA.id}/submit`, {}, vendor(a.token))
        expect((await api.post(`/vendor/products/${productA.id}/withdraw`, {}, vendor(a.token))).data.product.listing.state).toBe("draft")
        expect((await attempt(api.post(`/vendor/products/${productA.id}/withdraw`, {}, vendor(a.token)))).status).toBe(400)
        await api.post(`/vendor/products/${productA.id}/submit`, {}, vendor(a.token))
        await approveListingWorkflow(getContainer()).run({ input: { product_id: productA.id, staff_user_id: STAFF } })

        // A live listing's pending change is withdrawn, the live product untouched.
        await api.post(`/vendor/products/${productA.id}`, { description: { fr: "Nouvelle description" } }, vendor(a.token))
        const withdrawn = (await api.post(`/vendor/products/${productA.id}/withdraw`, {}, vendor(a.token))).data.product
        expect(withdrawn).toMatchObject({ listing: { state: "live" }, revision: { status: "withdrawn" } })
        expect((await attempt(api.post(`/vendor/products/${productA.id}/withdraw`, {}, vendor(a.token)))).data.message).toContain("archive")

        const deleteLive = await attempt(api.delete(`/vendor/products/${productA.id}`, vendor(a.token)))
        expect(deleteLive.status).toBe(400)
        expect(deleteLive.data.message).toContain("archive")
        await api.post(`/vendor/products/${productA.id}`, { description: { fr: "Encore une autre" } }, vendor(a.token))
        const archived = (await api.post(`/vendor/products/${productA.id}/archive`, {}, vendor(a.token))).data.product
        expect(archived).toMatchObject({ status: "draft", listing: { state: "archived" }, revision: { status: "withdrawn" } })
        expect(await storeProduct(productA.handle)).toBeUndefined()
        for (const action of ["submit", "archive", "withdraw"]) {
          const response = await attempt(api.post(`/vendor/products/${productA.id}/${action}`, {}, vendor(a.token)))
          expect(response.status, action).toBe(400)
          expect(response.data.message).toContain("archived")
        }
        const price = await attempt(api.post(`/vendor/products/${productA.id}/price`, { variants: [{ id: productA.variants[0].id, prices: { mad: 1 } }] }, vendor(a.token)))
        expect(price.data.message).toContain("archived")

        const draft = (await api.post("/vendor/products", newProduct({ title: { fr: "Essai" } }), vendor(a.token))).data.product
        expect((await api.delete(`/vendor/products/${draft.id}`, vendor(a.token))).data).toEqual({ id: draft.id, object: "product", deleted: true })
        expect((await attempt(api.get(`/vendor/products/${draft.id}`, vendor(a.token)))).status).toBe(404)
        expect(await listings().listListings({ id: draft.listing.id })).toEqual([])
        expect(await waitForEvent(events, ListingEvents.DELETED)).toMatchObject({ id: draft.id })
      })
    })
  },
})
