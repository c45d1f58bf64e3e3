// @vitest-environment node
import { NextRequest } from "next/server"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { GET } from "./route"

const getMemberToken = vi.hoisted(() => vi.fn())
vi.mock("@/lib/data/vendor", () => ({ getMemberToken }))
vi.mock("@/lib/data/sdk", () => ({ backendUrl: () => "http://backend.test" }))

const fetchMock = vi.fn()
const get = (query: string) => GET(new NextRequest(new URL(`/api/cooperative/statement?${query}`, "http://localhost:8000")))

beforeEach(() => {
  getMemberToken.mockResolvedValue("member-token")
  fetchMock.mockReset()
  vi.stubGlobal("fetch", fetchMock)
})
afterEach(() => vi.unstubAllGlobals())

describe("GET /api/cooperative/statement", () => {
  it("streams the backend's CSV of the month, asked with the member's token", async () => {
    fetchMock.mockResolvedValue(new Response("date;type;montant\n2026-03-02;vente;1200.00\n", { headers: { "content-type": "text/csv; charset=utf-8" } }))
    const response = await get("month=2026-03&lang=ar")
    expect(response.status).toBe(200)
    expect(await response.text()).toBe("date;type;montant\n2026-03-02;vente;1200.00\n")
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8")
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="tiwizi-statement-2026-03.csv"')
    expect(response.headers.get("cache-control")).toBe("private, no-store")
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe("http://backend.test/vendor/statement?month=2026-03&format=csv&lang=ar")
    expect(init.headers).toMatchObject({ authorization: "Bearer member-token" })
  })

  it("asks this month for a month that is not one, and leaves out a language that is not the shop's", async () => {
    fetchMock.mockResolvedValue(new Response("x"))
    await get("month=2026-13&lang=de")
    const url = new URL(fetchMock.mock.calls[0][0])
    expect(url.searchParams.get("month")).toMatch(/^\d{4}-\d{2}$/)
    expect(url.searchParams.get("month")).not.toBe("2026-13")
    expect(url.searchParams.has("lang")).toBe(false)
  })

  it("answers 401 without a member, and passes the backend's refusal through", async () => {
    getMemberToken.mockResolvedValueOnce(undefined)
    expect((await get("month=2026-03")).status).toBe(401)
    expect(fetchMock).not.toHaveBeenCalled()
    fetchMock.mockResolvedValue(Response.json({ type: "not_found", message: "You do not belong to a cooperative" }, { status: 404 }))
    const refused = await get("month=2026-03")
    expect(refused.status).toBe(404)
    expect(await refused.json()).toEqual({ type: "not_found", message: "You do not belong to a cooperative" })
  })
})
