/// <reference types="node" />
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"

/** A request the stand-in received, its JSON body parsed. */
export type Received = { method: string; path: string; query: Record<string, string>; body: unknown }
/** How the stand-in answers a request; `undefined` falls back to the defaults below. */
export type Answer = (request: Received) => { status?: number; body: unknown } | undefined

const task = (uid: number, status = "succeeded") => ({ uid, taskUid: uid, indexUid: "product_v1", status, type: "settingsUpdate", enqueuedAt: "", error: null })

/**
 * A stand-in for the few Meilisearch endpoints a unit test drives, since no server can run here:
 * it records every request and answers from `answer`, else with an accepted task for writes, a
 * succeeded task for task polls and `index_not_found` for other reads. The contract suite checks the same calls against a real server.
 */
export async function meilisearchStandIn(answer: Answer = () => undefined) {
  const received: Received[] = []
  let nextTask = 1
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const url = new URL(request.url ?? "/", "http://stand-in")
    const text = Buffer.concat(chunks).toString()
    const entry = { method: request.method ?? "GET", path: url.pathname, query: Object.fromEntries(url.searchParams), body: text ? JSON.parse(text) : undefined }
    received.push(entry)
    const polled = /^\/tasks\/(\d+)$/.exec(entry.path)
    const reply =
      answer(entry) ??
      (polled ? { body: task(Number(polled[1])) } : entry.method === "GET" ? { status: 404, body: { message: `Index not found: ${entry.path}`, code: "index_not_found", type: "invalid_request", link: "" } } : { status: 202, body: task(nextTask++, "enqueued") })
    response.writeHead(reply.status ?? 200, { "content-type": "application/json" })
    response.end(JSON.stringify(reply.body))
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  return {
    host: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
