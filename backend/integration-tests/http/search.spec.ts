import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sizeBandOf, rootOf, isCategoryHandle } from "@tiwizi/crafts"
import sharp from "sharp"
import { beforeAll, describe, expect, it } from "vitest"
import { demoAccounts } from "../../src/scripts/seed/accounts"
import { products } from "../../src/scripts/seed/catalogue"
import { seededSuspension } from "../../src/scripts/seed/cooperative-decisions"
import { ownerEmail } from "../../src/scripts/seed/cooperative-owners"
import { seedShop } from "../../src/scripts/seed/index"
import { staffLogin } from "./admin-helpers"
import { relevanceSet } from "./search/relevance-set"
import { searchProducts, topHandles, within, type RangeFacet, type ValueFacet } from "./search/search-client"
import { attempt, bearer, cooperativeService, login, type Api } from "./vendor-helpers"

// The contract every search provider passes: run on PostgreSQL by `npm test`, and on
// Meilisearch by `npm run test:search-contract` with MEILISEARCH_HOST set.
const FACETS = ["category_handles", "cooperative_handle", "province", "technique", "materials", "dyes", "size_band", "women_led", "rural", "one_of_a_kind", "in_stock"]
const PRICE_RANGES = [
  { key: "under-2000", to: 2000 },
  { key: "2000-5000", from: 2000, to: 5000 },
  { key: "over-5000", from: 5000 },
]

type DbProduct = {
  handle: string
  status: string
  categories: { handle: string }[]
  cooperative: { handle: string; province: string; status: string; women_led: boolean; rural: boolean } | null
  provenance: { technique: string; materials: string[]; dyes: string[]; width_cm: number | null; length_cm: number | null; one_of_a_kind: boolean } | null
  variants: { prices: { amount: number; currency_code: string }[] }[]
}

medusaIntegrationTestRunner({
  testSuite: ({ api: axios, getContainer }) => {
    const api = axios as Api
    let headers: Record<string, string>

    /** The shop's products read from the database, with what each facet counts by, computed here. */
    async function databaseProducts() {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "product",
          fields: ["handle", "status", "categories.handle", "cooperative.*", "provenance.*", "variants.prices.amount", "variants.prices.currency_code"],
        })
      return (data as unknown as DbProduct[])
        .filter((p) => p.status === "published" && p.cooperative?.status === "approved")
        .map((p) => {
          const own = p.categories.map((c) => c.handle)
          const mad = p.variants.flatMap((v) => v.prices).filter((price) => price.currency_code === "mad").map((price) => Number(price.amount))
          const size = p.provenance?.width_cm && p.provenance.length_cm ? sizeBandOf(p.provenance.width_cm, p.provenance.length_cm) : null
          return {
            handle: p.handle,
            values: {
              category_handles: [...new Set(own.flatMap((h) => (isCategoryHandle(h) ? [h, rootOf(h)] : [h])))],
              cooperative_handle: [p.cooperative!.handle],
              province: [p.cooperative!.province],
              technique: p.provenance ? [p.provenance.technique] : [],
              materials: p.provenance?.materials ?? [],
              dyes: p.provenance?.dyes ?? [],
              size_band: size ? [size] : [],
              women_led: [String(p.cooperative!.women_led)],
              rural: [String(p.cooperative!.rural)],
              one_of_a_kind: [String(p.provenance?.one_of_a_kind ?? false)],
              in_stock: ["true"],
            } as Record<string, string[]>,
            price_mad: Math.min(...mad),
          }
        })
    }

    function countsOf(rows: Awaited<ReturnType<typeof databaseProducts>>, field: string): Record<string, number> {
      const counts: Record<string, number> = {}
      for (const row of rows) for (const value of row.values[field]) counts[value] = (counts[value] ?? 0) + 1
      return counts
    }

    const asCounts = (facet: ValueFacet) => Object.fromEntries(facet.values.map((entry) => [String(entry.value), entry.count]))

    beforeAll(async () => {
      const { publishableKey } = await seedShop(getContainer(), products)
      headers = { "x-publishable-api-key": publishableKey }
    })

    describe("relevance", () => {
      it("finds the expected products in the top five for at least 90% of the relevance set", async () => {
        const failures: string[] = []
        for (const testCase of relevanceSet) {
          const top = await topHandles(api, headers, testCase.query)
          const missing = testCase.expect.filter((handle) => !top.includes(handle))
          if (missing.length) failures.push(`  ✗ [${testCase.kind}] "${testCase.query}": missing ${missing.join(", ")}; got ${top.join(", ")}`)
        }
        const share = (relevanceSet.length - failures.length) / relevanceSet.length
        process.stdout.write(
          `Relevance set: ${relevanceSet.length - failures.length}/${relevanceSet.length} queries pass (${(share * 100).toFixed(1)}%)\n${failures.join("\n")}\n`,
        )
        expect(relevanceSet.length).toBeGreaterThanOrEqual(40)
        expect(share).toBeGreaterThanOrEqual(0.9)
      })

      it("passes the issue's own queries: typos, Darija, no accents, Arabic and English", async () => {
        for (const query of ["tapis khnifra", "zarbiya", "berbere", "زربية صوف", "wool rug"]) {
          const result = await searchProducts(api, headers, { filters: { q: query }, fields: ["handle", "category_handles"] })
          expect(result.hits.length, query).toBeGreaterThan(0)
          for (const hit of result.hits) expect(hit.document.category_handles, `${query}: ${hit.document.handle}`).toContain("tapis")
        }
      })

      it("says which query it answered when it corrected a typo", async () => {
        const result = await searchProducts(api, headers, { filters: { q: "poterrie" } })
        expect(result.metadata.query).toBe("poterie")
        expect(result.hits.length).toBeGreaterThan(0)
        const exact = await searchProducts(api, headers, { filters: { q: "poterie" } })
        expect(exact.metadata.query).toBe("poterie")
      })

      it("forgives no typo under five letters", async () => {
        expect((await searchProducts(api, headers, { filters: { q: "mial" } })).hits).toEqual([])
      })

      // Meilisearch applies typo tolerance per index and refuses to turn it off per query.
      it.skipIf(!!process.env.MEILISEARCH_HOST)("matches exactly without typo tolerance (PostgreSQL)", async () => {
        const strict = await searchProducts(api, headers, { filters: { q: "poterrie" }, search_options: { typo_tolerance: false } })
        expect(strict.hits).toEqual([])
      })

      it("completes the last word while typing", async () => {
        const result = await searchProducts(api, headers, { filters: { q: "huile d'arg" }, search_options: { match_strategy: "last" } })
        expect(result.hits.length).toBeGreaterThan(0)
        for (const hit of result.hits) expect(String(hit.document.handle)).toContain("argan")
      })
    })

    describe("facets", () => {
      const cases: [string, Record<string, unknown>, (row: Awaited<ReturnType<typeof databaseProducts>>[number]) => boolean][] = [
        ["the whole shop", {}, () => true],
        ["women-led carpets", { category_handles: "tapis", women_led: true }, (r) => r.values.category_handles.includes("tapis") && r.values.women_led[0] === "true"],
        [
          "wool between 2,000 and 5,000 MAD",
          { materials: { $in: ["wool"] }, price_mad: { $gte: 2000, $lt: 5000 } },
          (r) => r.values.materials.includes("wool") && r.price_mad >= 2000 && r.price_mad < 5000,
        ],
      ]
      for (const [name, filters, keep] of cases) {
        it(`counts like the database for ${name}`, async () => {
          const rows = (await databaseProducts()).filter(keep)
          const result = await searchProducts(api, headers, {
            filters,
            search_options: {
              facets: [...FACETS.map((field) => ({ field, limit: 100 })), { field: "price_mad", type: "range", ranges: PRICE_RANGES }],
            },
          })
          expect(result.metadata.count).toBe(rows.length)
          for (const field of FACETS) expect(asCounts(result.facets![field] as ValueFacet), field).toEqual(countsOf(rows, field))
          const ranges = (result.facets!.price_mad as RangeFacet).ranges
          expect(Object.fromEntries(ranges.map((range) => [range.key, range.count]))).toEqual({
            "under-2000": rows.filter((r) => r.price_mad < 2000).length,
            "2000-5000": rows.filter((r) => r.price_mad >= 2000 && r.price_mad < 5000).length,
            "over-5000": rows.filter((r) => r.price_mad >= 5000).length,
          })
        })
      }
    })

    describe("sorting", () => {
      it("sorts by price both ways and by newest", async () => {
        const prices = async (direction: "ASC" | "DESC") =>
          (await searchProducts(api, headers, { filters: { q: "tapis" }, pagination: { take: 40, order: { price_mad: direction } } })).hits.map((h) => Number(h.document.price_mad))
        const up = await prices("ASC")
        expect(up).toEqual([...up].sort((a, b) => a - b))
        const down = await prices("DESC")
        expect(down).toEqual([...down].sort((a, b) => b - a))
        expect(down[0]).toBeGreaterThan(up[0])
        const newest = (await searchProducts(api, headers, { pagination: { take: 40, order: { created_at: "DESC" } } })).hits.map((h) => String(h.document.created_at))
        expect(newest).toEqual([...newest].sort().reverse())
      })
    })

    describe("kept current", () => {
      it("finds a listing within 5 seconds of staff approving it, and drops a suspended cooperative's products within 5 seconds", async () => {
        const staff = await staffLogin(api, getContainer())
        const owner = await login(api, ownerEmail("tifawin-aghbalou"), demoAccounts.password)
        const created = await attempt(api.post(
          "/vendor/products",
          {
            title: { fr: "Tapis zayane Tamazirt aux grenades", ar: "زربية تمازيرت" },
            subtitle: { fr: "Laine de M'rirt" },
            description: { fr: "Nouée main, teinte à l'écorce de grenade." },
            category: "tapis-zayane",
            variants: [{ title: "150 × 240 cm", prices: { mad: 5100, eur: 470, usd: 510 }, stock: 1 }],
            provenance: { technique: "hand-knotted-pile", materials: ["wool"], dye_kind: "natural", dyes: ["pomegranate"], width_cm: 150, length_cm: 240 },
          },
          bearer(owner),
        ))
        expect(created.status, JSON.stringify(created.data)).toBe(200)
        const data = created.data
        const id = data.product.id as string
        const found = async () => (await topHandles(api, headers, "tamazirt grenades")).includes(data.product.handle)
        const photo = new FormData()
        const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#a33b2b" } }).png().toBuffer()
        photo.append("files", new Blob([new Uint8Array(png)], { type: "image/png" }), "tapis.png")
        await api.post(`/vendor/products/${id}/images`, photo, bearer(owner))
        const submitted = await attempt(api.post(`/vendor/products/${id}/submit`, {}, bearer(owner)))
        expect(submitted.status, JSON.stringify(submitted.data)).toBe(200)
        expect(await found()).toBe(false)
        await api.post(`/admin/listings/${id}/approve`, {}, bearer(staff.token))
        const approvedAfter = await within(5000, found)

        const [cooperative] = await cooperativeService(getContainer()).listCooperatives({ handle: "tifawin-aghbalou" }, { select: ["id"] })
        const aghbalou = async () =>
          (await searchProducts(api, headers, { filters: { cooperative_handle: "tifawin-aghbalou" } })).metadata.count ?? 0
        expect(await aghbalou()).toBeGreaterThan(1)
        await api.post(`/admin/cooperatives/${cooperative.id}/suspend`, { reason: "Contrôle qualité" }, bearer(staff.token))
        const suspendedAfter = await within(5000, async () => (await aghbalou()) === 0)
        await api.post(`/admin/cooperatives/${cooperative.id}/reinstate`, {}, bearer(staff.token))
        const reinstatedAfter = await within(5000, async () => (await aghbalou()) > 1)
        process.stdout.write(`Search freshness: approval ${approvedAfter} ms, suspension ${suspendedAfter} ms, reinstatement ${reinstatedAfter} ms\n`)
      })

      it("moves a product across the price filter when its cooperative changes its price", async () => {
        const owner = await login(api, ownerEmail("tifawin-aghbalou"), demoAccounts.password)
        const product = (await api.get("/vendor/products?state=live", bearer(owner))).data.products[0]
        const cheap = { price_mad: { $lt: 100 } }
        const inCheap = async () => (await searchProducts(api, headers, { filters: cheap, fields: ["handle"] })).hits.some((h) => h.id === product.id)
        expect(await inCheap()).toBe(false)
        const priced = await attempt(
          api.post(`/vendor/products/${product.id}/price`, { variants: [{ id: product.variants[0].id, prices: { mad: 90 } }] }, bearer(owner)),
        )
        expect(priced.status, JSON.stringify(priced.data)).toBe(200)
        await within(5000, inCheap)
      })

      it("takes a product out of the in-stock filter when its cooperative sets its stock to zero", async () => {
        const owner = await login(api, ownerEmail("tifawin-aghbalou"), demoAccounts.password)
        const live = (await api.get("/vendor/products?state=live&limit=100", bearer(owner))).data.products
        const product = live.find((p: { variants: unknown[] }) => p.variants.length === 1)
        const inStock = async () =>
          (
            await searchProducts(api, headers, {
              filters: { in_stock: true, cooperative_handle: "tifawin-aghbalou" },
              fields: ["handle"],
              pagination: { take: 100 },
            })
          ).hits.some((h) => h.id === product.id)
        expect(await inStock()).toBe(true)
        const stocked = await attempt(api.post(`/vendor/products/${product.id}/stock`, { variants: [{ id: product.variants[0].id, stock: 0 }] }, bearer(owner)))
        expect(stocked.status, JSON.stringify(stocked.data)).toBe(200)
        await within(5000, async () => !(await inStock()))
      })
    })

    describe("the store route", () => {
      it("returns display fields only, and refuses what the index cannot return or filter", async () => {
        const result = await searchProducts(api, headers, { filters: { q: "miel" }, fields: ["handle", "title_ar", "price_eur", "in_stock"] })
        expect(Object.keys(result.hits[0].document).sort()).toEqual(["handle", "in_stock", "price_eur", "title_ar"])
        const hidden = await attempt(api.post("/store/search", { entity: "product", fields: ["search_text_fr"] }, { headers }))
        expect(hidden.status).toBe(400)
        const unknown = await attempt(api.post("/store/search", { entity: "product", filters: { colour: "red" } }, { headers }))
        expect(unknown.status).toBe(400)
        const tooMany = await attempt(api.post("/store/search", { entity: "product", pagination: { take: 1000 } }, { headers }))
        expect(tooMany.status).toBe(400)
        const otherIndex = await attempt(api.post("/store/search", { entity: "cooperative" }, { headers }))
        expect(otherIndex.status).toBe(404)
      })

      it("never shows a suspended cooperative's products", async () => {
        expect(products.filter((p) => p.cooperative === seededSuspension.handle).length).toBeGreaterThan(0)
        const suspended = await searchProducts(api, headers, { filters: { cooperative_handle: seededSuspension.handle } })
        expect(suspended.metadata.count).toBe(0)
      })
    })
  },
})
