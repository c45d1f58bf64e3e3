import { createServer } from "node:net"
import { describe, expect, it } from "vitest"
import { runCheck } from "./readiness"
import { pingRedis } from "./readiness-redis"

/** A port on 127.0.0.1 that nothing listens on: it was free a moment ago and is closed again. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

describe("runCheck", () => {
  it("answers ok when the check resolves, whatever it resolves to", async () => {
    expect(await runCheck(async () => undefined)).toBe("ok")
    expect(await runCheck(async () => ({ rows: [] }))).toBe("ok")
  })

  it("answers the error's message, or its code when the message is empty", async () => {
    expect(await runCheck(async () => Promise.reject(new Error("password authentication failed")))).toBe("password authentication failed")
    const refused = Object.assign(new AggregateError([], ""), { code: "ECONNREFUSED" })
    expect(await runCheck(async () => Promise.reject(refused))).toBe("ECONNREFUSED")
  })

  it("gives up on a check that does not answer in time", async () => {
    expect(await runCheck(() => new Promise(() => {}), 50)).toBe("no answer within 50 ms")
  })
})

describe("pingRedis", () => {
  it("reports a Redis that refuses connections by the connection's error, not by the check's timeout", async () => {
    const port = await closedPort()
    expect(await runCheck(() => pingRedis(`redis://127.0.0.1:${port}`))).toBe(`connect ECONNREFUSED 127.0.0.1:${port}`)
  })
})
