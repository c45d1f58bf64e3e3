import { MedusaError } from "@medusajs/framework/utils"
import { MeilisearchApiError } from "meilisearch"
import { describe, expect, it } from "vitest"
import { translateError } from "./errors"

function apiError(status: number, code: string, headers: Record<string, string> = {}) {
  return new MeilisearchApiError(new Response(null, { status, headers }), { message: `${code} happened`, code, type: "invalid_request", link: "" })
}

describe("translateError", () => {
  it("turns a missing index into NOT_FOUND, which makes the module re-resolve the active version", () => {
    const translated = translateError(apiError(404, "index_not_found"))
    expect(translated).toBeInstanceOf(MedusaError)
    expect((translated as MedusaError).type).toBe(MedusaError.Types.NOT_FOUND)
    expect((translated as MedusaError).message).toBe("index_not_found happened")
  })

  it("exposes a rate limit as status 429 with Retry-After in milliseconds, which seeding retries on", () => {
    expect(translateError(apiError(429, "too_many_requests", { "retry-after": "3" }))).toMatchObject({ status: 429, retry_after: 3000 })
    expect(translateError(apiError(429, "too_many_requests"))).toMatchObject({ status: 429, retry_after: undefined })
  })

  it("passes everything else through", () => {
    const error = apiError(400, "invalid_search_filter")
    expect(translateError(error)).toBe(error)
    const plain = new Error("socket hang up")
    expect(translateError(plain)).toBe(plain)
  })
})
