import { Agent, createServer, request, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http"

/**
 * The load bench's reverse proxy, run as a process of its own (started by `proxy.ts`) so that
 * its CPU is measured apart and it does not share an event loop with the load generator. Round
 * robin over the backends the parent names through IPC, with keep-alive connections to them,
 * as nginx's `upstream` with `keepalive` does in the production compose file.
 *
 * Messages from the parent: `{ backends: string[] }` routes to those URLs from now on and resets
 * the counts; `{ counts: true }` asks how many requests each backend got. Every message is
 * answered; the first message sent is `{ port }` once listening.
 */

type Message = { backends?: string[]; counts?: boolean }

const agent = new Agent({ keepAlive: true })
let backends: URL[] = []
let served: number[] = []
let next = 0

/** Headers of one hop only: the proxy keeps its own connections on each side. */
const hopByHop = ["connection", "keep-alive", "proxy-connection", "upgrade"]

function forwardable(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const copy = { ...headers }
  for (const name of hopByHop) delete copy[name]
  return copy
}

/**
 * Sends one request to a backend. A kept-alive connection that the backend closed as it was
 * reused (its idle timeout, 5 s for Medusa, racing the request) fails before the backend read
 * anything: the request goes again on another connection, as nginx does with its upstream
 * keepalive, up to a few times.
 */
function forward(incoming: IncomingMessage, outgoing: ServerResponse, backend: URL, body: Buffer, attempt = 1): void {
  const upstream = request(
    { host: backend.hostname, port: backend.port, method: incoming.method, path: incoming.url, headers: forwardable(incoming.headers), agent },
    (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, forwardable(answer.headers))
      answer.pipe(outgoing)
    },
  )
  upstream.on("error", (error: NodeJS.ErrnoException) => {
    if (upstream.reusedSocket && !outgoing.headersSent && attempt < 4) return forward(incoming, outgoing, backend, body, attempt + 1)
    if (!outgoing.headersSent) outgoing.writeHead(502, { "content-type": "text/plain" })
    outgoing.end(`proxy: ${backend.origin} failed (${error.code ?? error.message})`)
  })
  upstream.end(body)
}

const server = createServer((incoming, outgoing) => {
  if (!backends.length) {
    outgoing.writeHead(503).end()
    return
  }
  const index = next++ % backends.length
  served[index]++
  // Bodies are small JSON: read whole, so that a request can be sent again.
  const chunks: Buffer[] = []
  incoming.on("data", (chunk: Buffer) => chunks.push(chunk))
  incoming.on("end", () => forward(incoming, outgoing, backends[index], Buffer.concat(chunks)))
})

process.on("message", (message: Message) => {
  if (message.backends) {
    backends = message.backends.map((url) => new URL(url))
    served = backends.map(() => 0)
    next = 0
  }
  process.send?.({ counts: Object.fromEntries(backends.map((url, index) => [url.origin, served[index]])) })
})
// The parent's end is the proxy's end.
process.on("disconnect", () => process.exit(0))

server.keepAliveTimeout = 30_000
server.listen(0, "127.0.0.1", () => {
  const address = server.address()
  process.send?.({ port: typeof address === "object" && address ? address.port : 0 })
})
