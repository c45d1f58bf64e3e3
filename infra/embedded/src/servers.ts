import type { ChildProcess } from "node:child_process"
import { randomBytes } from "node:crypto"
import { readFileSync } from "node:fs"
import { createServer } from "node:net"

/** A TCP port free on 127.0.0.1 right now, for a server a command starts for itself. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once("error", reject)
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address()
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port"))))
    })
  })
}

/**
 * Waits up to three minutes for `url` to answer 2xx, failing at once (with the log to read) if
 * the server that should answer has exited.
 */
export async function waitForServer(url: string, server: ChildProcess, log: string): Promise<void> {
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server for ${url} exited (code ${server.exitCode}); see ${log}`)
    if (await fetch(url).then((response) => response.ok, () => false)) return
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`${url} did not answer within 180 s; see ${log}`)
}

/** The `KEY=value` lines of an env file the seed wrote (no quoting, no comments). */
export function readEnvFile(file: string): Record<string, string> {
  const lines = readFileSync(file, "utf8").split("\n").filter((line) => line.includes("="))
  return Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]))
}

/**
 * Secrets for a production build started by a command (browser tests, benches, the production
 * checks): `medusa build` and `medusa start` run with NODE_ENV=production, which refuses the
 * development secrets. New ones each run; nothing outlives the command.
 */
export function generatedSecrets(): { JWT_SECRET: string; COOKIE_SECRET: string } {
  const secret = () => randomBytes(32).toString("base64url")
  return { JWT_SECRET: secret(), COOKIE_SECRET: secret() }
}
