import { createServer } from "node:net"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { beforeAll, expect, it } from "vitest"

type Answer = { status: number; headers: Record<string, string>; data: Record<string, unknown> }

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

/** A port on 127.0.0.1 that nothing listens on: it was free a moment ago and is closed again. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string

    // Every answer, 2xx or not, as it came: the headers matter on errors too.
    const get = (url: string, headers: Record<string, string> = {}): Promise<Answer> =>
      api.get(url, { headers }).catch((error: { response: Answer }) => error.response)

    beforeAll(async () => {
      const [key] = await getContainer()
        .resolve(Modules.API_KEY)
        .createApiKeys([{ title: "Operations test", type: "publishable", created_by: "operations-spec" }])
      publishableKey = key.token
    })

    it("is ready when PostgreSQL answers, says Redis is not configured, and is never cached", async () => {
      const ready = await get("/ready")
      expect(ready.status).toBe(200)
      expect(ready.data).toEqual({ status: "ready", checks: { postgres: "ok", redis: "not configured" } })
      expect(ready.headers["cache-control"]).toBe("no-store")
    })

    it("echoes the caller's x-request-id on /ready, on store answers and on store and vendor refusals", async () => {
      const answers = {
        ready: await get("/ready", { "x-request-id": "ops-ready-1" }),
        store: await get("/store/regions", { "x-request-id": "ops-store-1", "x-publishable-api-key": publishableKey }),
        storeWithoutKey: await get("/store/regions", { "x-request-id": "ops-store-2" }),
        vendorLoggedOut: await get("/vendor/cooperative", { "x-request-id": "ops-vendor-1" }),
        unknownRoute: await get("/no-such-route", { "x-request-id": "ops-unknown-1" }),
      }
      expect(Object.fromEntries(Object.entries(answers).map(([name, answer]) => [name, [answer.status, answer.headers["x-request-id"]]]))).toEqual({
        ready: [200, "ops-ready-1"],
        store: [200, "ops-store-1"],
        storeWithoutKey: [400, "ops-store-2"],
        vendorLoggedOut: [401, "ops-vendor-1"],
        unknownRoute: [404, "ops-unknown-1"],
      })
    })

    it("gives a request without an id, or with one that cannot go back as a header, a new uuid each", async () => {
      const first = await get("/ready")
      const second = await get("/store/regions")
      const unfit = await get("/ready", { "x-request-id": "two words" })
      for (const answer of [first, second, unfit]) expect(answer.headers["x-request-id"]).toMatch(UUID)
      expect(new Set([first, second, unfit].map((answer) => answer.headers["x-request-id"])).size).toBe(3)
    })

    it("is unavailable, naming the reason, when the configured Redis does not answer", async () => {
      const { projectConfig } = getContainer().resolve(ContainerRegistrationKeys.CONFIG_MODULE)
      const port = await closedPort()
      projectConfig.redisUrl = `redis://127.0.0.1:${port}`
      try {
        const ready = await get("/ready")
        expect(ready.status).toBe(503)
        expect(ready.data).toEqual({ status: "unavailable", checks: { postgres: "ok", redis: `connect ECONNREFUSED 127.0.0.1:${port}` } })
        expect(ready.headers["cache-control"]).toBe("no-store")
      } finally {
        projectConfig.redisUrl = undefined
      }
    })
  },
})
