import { MedusaError } from "@medusajs/framework/utils"
import { afterEach, describe, expect, it } from "vitest"
import provider, { MeilisearchSearchService } from "./index"
import { meilisearchStandIn, type Answer } from "./meilisearch-stand-in.fixture"
import { productIndex } from "./product-index.fixture"
import { compileSettings } from "./settings"

const notFound = { status: 404, body: { message: "Index `product_v1` not found.", code: "index_not_found", type: "invalid_request", link: "" } }
const limits = { maxTotalHits: 100_000, maxValuesPerFacet: 1_000 }
let close: (() => Promise<void>) | undefined

async function connect(answer?: Answer) {
  const standIn = await meilisearchStandIn(answer)
  close = standIn.close
  return { service: new MeilisearchSearchService({}, { host: standIn.host, apiKey: "key" }), received: standIn.received }
}

afterEach(async () => {
  await close?.()
  close = undefined
})

describe("MeilisearchSearchService", () => {
  it("registers with the Search Module as the meilisearch provider", () => {
    expect(MeilisearchSearchService.identifier).toBe("meilisearch")
    expect(provider.services).toEqual([MeilisearchSearchService])
    expect(new MeilisearchSearchService({}, { host: "http://127.0.0.1:7700" }).identifier).toBe("meilisearch")
  })

  it("refuses to start without a host", () => {
    try {
      new MeilisearchSearchService({}, { host: "" })
      expect.unreachable()
    } catch (error) {
      expect((error as MedusaError).type).toBe(MedusaError.Types.INVALID_ARGUMENT)
      expect((error as Error).message).toBe('The Meilisearch search provider needs a "host" option, such as http://127.0.0.1:7700 (MEILISEARCH_HOST)')
    }
  })
})

describe("MeilisearchSearchService against a stand-in", () => {
  it("creates a missing index with its primary key, then applies the settings and waits for them", async () => {
    const { service, received } = await connect(({ method, path }) => (method === "GET" && path === "/indexes/product_v1" ? notFound : undefined))
    expect(await service.upsertIndex({ index: productIndex })).toEqual({ id: "2", index: "product_v1", status: "succeeded" })
    expect(received.map(({ method, path }) => `${method} ${path}`)).toEqual([
      "GET /indexes/product_v1",
      "POST /indexes",
      "GET /tasks/1",
      "PATCH /indexes/product_v1/settings",
      "GET /tasks/2",
    ])
    expect(received[1].body).toEqual({ primaryKey: "id", uid: "product_v1" })
    expect(received[3].body).toEqual(JSON.parse(JSON.stringify(compileSettings(productIndex, limits))))
  })

  it("recreates an index whose primary key differs", async () => {
    const { service, received } = await connect(({ method, path }) =>
      method === "GET" && path === "/indexes/product_v1" ? { body: { uid: "product_v1", primaryKey: "handle", createdAt: "", updatedAt: "" } } : undefined,
    )
    await service.upsertIndex({ index: productIndex })
    expect(received.map(({ method, path }) => `${method} ${path}`)).toEqual([
      "GET /indexes/product_v1",
      "DELETE /indexes/product_v1",
      "GET /tasks/1",
      "POST /indexes",
      "GET /tasks/2",
      "PATCH /indexes/product_v1/settings",
      "GET /tasks/3",
    ])
  })

  it("fails the migration with Meilisearch's reason when the settings are rejected", async () => {
    const { service } = await connect(({ method, path }) => {
      if (method === "GET" && path === "/indexes/product_v1") return { body: { uid: "product_v1", primaryKey: "id", createdAt: "", updatedAt: "" } }
      if (path === "/tasks/1") {
        return { body: { uid: 1, indexUid: "product_v1", status: "failed", type: "settingsUpdate", enqueuedAt: "", error: { message: "Invalid ranking rule", code: "invalid_settings_ranking_rules", type: "invalid_request", link: "" } } }
      }
    })
    await expect(service.upsertIndex({ index: productIndex })).rejects.toThrow('Meilisearch could not apply the settings of index "product_v1": Invalid ranking rule')
  })

  it("writes documents with their primary key and dates as epoch milliseconds", async () => {
    const { service, received } = await connect()
    const task = await service.upsertDocuments({
      index: "product_v2",
      definition: productIndex,
      documents: [{ id: "prod_1", price_mad: "1850", created_at: "2024-03-08T10:00:00.000Z" }],
    })
    expect(task).toEqual({ id: "1", index: "product_v2", status: "enqueued" })
    expect(received).toEqual([
      { method: "POST", path: "/indexes/product_v2/documents", query: { primaryKey: "id" }, body: [{ id: "prod_1", price_mad: 1850, created_at: 1709892000000 }] },
    ])
  })

  it("deletes by id through the batch route and by filter through a typed filter", async () => {
    const { service, received } = await connect()
    await service.upsertDocuments({ index: "product_v1", definition: productIndex, documents: [] })
    await service.deleteDocuments({ index: "product_v1", filters: { id: ["prod_1", "prod_2"] } })
    await service.deleteDocuments({ index: "product_v1", filters: { created_at: { $lt: "2024-01-01T00:00:00.000Z" } } })
    expect(received.map(({ path, body }) => ({ path, body }))).toEqual([
      { path: "/indexes/product_v1/documents/delete-batch", body: ["prod_1", "prod_2"] },
      { path: "/indexes/product_v1/documents/delete", body: { filter: "created_at < 1704067200000" } },
    ])
    await expect(service.deleteDocuments({ index: "product_v1", filters: {} })).rejects.toThrow(
      'Deleting from search index "product_v1" needs filters that select documents; use clearIndex to empty it',
    )
  })

  it("reads the primary key of an index it has not seen before deleting by id", async () => {
    const { service, received } = await connect(({ method, path }) =>
      method === "GET" && path === "/indexes/variant_v1" ? { body: { uid: "variant_v1", primaryKey: "sku", createdAt: "", updatedAt: "" } } : undefined,
    )
    await service.deleteDocuments({ index: "variant_v1", filters: { sku: { $in: ["A-1"] } } })
    expect(received.map(({ method, path, body }) => ({ method, path, body }))).toEqual([
      { method: "GET", path: "/indexes/variant_v1", body: undefined },
      { method: "POST", path: "/indexes/variant_v1/documents/delete-batch", body: ["A-1"] },
    ])
  })

  it("runs every query of every search in one multi-search request", async () => {
    const result = (indexUid: string, id: string) => ({ indexUid, hits: [{ id }], query: "", processingTimeMs: 2, limit: 20, offset: 0, estimatedTotalHits: 1 })
    const { service, received } = await connect(({ path, body }) =>
      path === "/multi-search" ? { body: { results: (body as { queries: { indexUid: string }[] }).queries.map((query, i) => result(query.indexUid, `prod_${i}`)) } } : undefined,
    )
    const results = await service.searchMany([
      { index: productIndex, q: "tapis", attributes_to_retrieve: ["id"] },
      { index: productIndex, q: "miel", attributes_to_retrieve: ["id"], pagination: { skip: 0, take: 5 }, search_options: { facets: [{ field: "price_mad", type: "range", ranges: [{ to: 500 }] }] } },
    ])
    expect(received).toHaveLength(1)
    expect((received[0].body as { queries: unknown[] }).queries).toHaveLength(3)
    expect(results.map((entry) => entry.hits.map((hit) => hit.id))).toEqual([["prod_0"], ["prod_1"]])
    expect(results[1].facets).toEqual({ price_mad: { type: "range", ranges: [{ key: "*-500", to: 500, count: 0 }] } })
  })

  it("reports a missing index as NOT_FOUND so the module re-resolves the active version", async () => {
    const { service } = await connect(({ path }) => (path === "/multi-search" ? { status: 400, body: { ...notFound.body } } : undefined))
    await expect(service.search({ index: productIndex, q: "tapis", attributes_to_retrieve: ["id"] })).rejects.toMatchObject({ type: MedusaError.Types.NOT_FOUND })
  })

  it("waits for a task and reports its failure", async () => {
    const { service } = await connect(({ path }) =>
      path === "/tasks/7" ? { body: { uid: 7, indexUid: "product_v1", status: "failed", type: "documentAdditionOrUpdate", enqueuedAt: "", error: { message: "Document id is invalid", code: "invalid_document_id", type: "invalid_request", link: "" } } } : undefined,
    )
    expect(await service.waitForTask({ id: "7", index: "product_v1", status: "enqueued" })).toEqual({
      id: "7",
      index: "product_v1",
      status: "failed",
      error: { message: "Document id is invalid", code: "invalid_document_id" },
    })
    expect(await service.waitForTask({ index: "product_v1", status: "succeeded" })).toEqual({ index: "product_v1", status: "succeeded" })
  })

  it("lists indexes with their document counts and skips deleting a missing one", async () => {
    const { service, received } = await connect(({ path }) => {
      if (path === "/stats") return { body: { databaseSize: 1, usedDatabaseSize: 1, lastUpdate: "", indexes: { product_v1: { numberOfDocuments: 12 } } } }
      if (path === "/indexes") return { body: { results: [{ uid: "product_v1", primaryKey: "id", createdAt: "2026-01-01T00:00:00Z", updatedAt: "2026-01-02T00:00:00Z" }], offset: 0, limit: 100, total: 1 } }
    })
    expect(await service.listIndexes()).toEqual([
      { name: "product_v1", provider: "meilisearch", document_count: 12, created_at: new Date("2026-01-01T00:00:00Z"), updated_at: new Date("2026-01-02T00:00:00Z") },
    ])
    expect(received.find(({ path }) => path === "/indexes")?.query).toEqual({ offset: "0", limit: "100" })
    expect(await service.deleteIndex({ index: "gone_v1" })).toEqual({ index: "gone_v1", status: "succeeded" })
    expect(received.some(({ method }) => method === "DELETE")).toBe(false)
  })
})
