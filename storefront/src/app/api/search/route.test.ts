// @vitest-environment node
import { FetchError } from "@medusajs/js-sdk"
import { createTranslator } from "next-intl"
import { NextRequest } from "next/server"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { catalogues } from "../../../../messages"
import { GET } from "./route"

const searchProducts = vi.hoisted(() => vi.fn())
vi.mock("@/lib/data/search", () => ({ searchProducts }))
vi.mock("next-intl/server", () => ({
  getTranslations: async ({ locale, namespace }: { locale: "fr" | "ar"; namespace: "Search" }) =>
    createTranslator({ locale, messages: catalogues[locale], namespace }),
}))

const get = (query: string) => GET(new NextRequest(new URL(`/api/search?${query}`, "http://localhost:8000")))

const result = {
  hits: [
    {
      id: "prod_1",
      document: { id: "prod_1", handle: "tapis-zayane-tiziri", title_ar: "زربية زيانية تيزيري", title_fr: "Tapis zayane Tiziri", thumbnail: "http://localhost:9000/static/t.webp", price_mad: 1250 },
    },
    { id: "prod_2", document: { id: "prod_2", handle: "hanbel-adrar", title_ar: "حنبل أدرار", thumbnail: null, price_mad: null } },
  ],
  metadata: { skip: 0, take: 6, count: 14, query: "khenifra" },
}

beforeEach(() => {
  searchProducts.mockReset()
  searchProducts.mockResolvedValue(result)
})

describe("GET /api/search", () => {
  it("answers what the header box shows: titles in the locale, formatted prices, product links", async () => {
    const response = await get("q=khnifra&locale=ar&currency=mad")
    expect(response.status).toBe(200)
    expect(response.headers.get("cache-control")).toBe("public, max-age=60")
    const body = await response.json()
    expect(body.query).toBe("khenifra")
    expect(body.summary).toBe("14 منتجًا")
    expect(body.hits).toHaveLength(2)
    expect(body.hits[0]).toMatchObject({ id: "prod_1", title: "زربية زيانية تيزيري", href: "/ar/products/tapis-zayane-tiziri", thumbnail: "http://localhost:9000/static/t.webp" })
    expect(body.hits[0].price).toContain("د.م.")
    expect(body.hits[0].price).not.toMatch(/[٠-٩]/)
    expect(body.hits[1]).toEqual({ id: "prod_2", title: "حنبل أدرار", href: "/ar/products/hanbel-adrar", thumbnail: null, price: null })
    // Only what the box needs travels back: no facets, no raw documents.
    expect(Object.keys(body).sort()).toEqual(["hits", "query", "summary"])
    const [query] = searchProducts.mock.calls[0]
    expect(query).toMatchObject({ filters: { q: "khnifra" }, pagination: { take: 6 }, search_options: { match_strategy: "last" } })
  })

  it("reads a last word that found nothing as a whole word, which the engine may correct", async () => {
    searchProducts.mockResolvedValueOnce({ hits: [], metadata: { skip: 0, take: 6, count: 0, query: "khnifra" } })
    const body = await (await get("q=khnifra&locale=ar&currency=mad")).json()
    expect(searchProducts).toHaveBeenCalledTimes(2)
    expect(searchProducts.mock.calls[1][0]).toMatchObject({ filters: { q: "khnifra" }, search_options: { match_strategy: "all", typo_tolerance: true } })
    expect(body.hits).toHaveLength(2)
    expect(body.query).toBe("khenifra")
  })

  it("searches once when the typed prefix finds something", async () => {
    await get("q=tapis&locale=fr&currency=mad")
    expect(searchProducts).toHaveBeenCalledTimes(1)
  })

  it("refuses bad input with a 400 that says why, without asking the backend", async () => {
    const cases: [string, RegExp][] = [
      ["locale=fr&currency=mad", /q is required/],
      ["q=%20%20&locale=fr&currency=mad", /q is required/],
      [`q=${"a".repeat(101)}&locale=fr&currency=mad`, /too long/],
      ["q=tapis&locale=de&currency=mad", /locale/],
      ["q=tapis&currency=mad", /locale/],
      ["q=tapis&locale=fr&currency=gbp", /currency/],
    ]
    for (const [query, reason] of cases) {
      const response = await get(query)
      expect(response.status, query).toBe(400)
      const body = await response.json()
      expect(body.error).toBe("invalid")
      expect(body.message).toMatch(reason)
    }
    expect(searchProducts).not.toHaveBeenCalled()
  })

  it("accepts a query of exactly the maximum length and upper-case currencies", async () => {
    expect((await get(`q=${"a".repeat(100)}&locale=fr&currency=EUR`)).status).toBe(200)
  })

  it("passes the backend's refusal on as a 400, and hides any other failure behind a 500", async () => {
    searchProducts.mockRejectedValueOnce(new FetchError("Search index \"product\" can't return the fields: x", "Bad Request", 400))
    expect((await get("q=tapis&locale=fr&currency=mad")).status).toBe(400)

    const log = vi.spyOn(console, "error").mockImplementation(() => {})
    searchProducts.mockRejectedValueOnce(new Error("connect ECONNREFUSED 127.0.0.1:9000 secret-host"))
    const response = await get("q=tapis&locale=fr&currency=mad")
    expect(response.status).toBe(500)
    expect(await response.json()).toEqual({ error: "unknown" })
    expect(log).toHaveBeenCalled()
    log.mockRestore()
  })
})
