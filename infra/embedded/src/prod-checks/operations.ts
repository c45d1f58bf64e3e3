import { randomUUID } from "node:crypto"
import { mkdtemp, readFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { Check } from "../commands/test-prod.js"
import { backendDir, repoRoot } from "../paths.js"
import { exitOf, run, start } from "../processes.js"
import { freePort } from "../servers.js"
import { call } from "../shop-client.js"
import { assert, countRows, sql } from "./assert.js"

/** What `medusa start` printed and its exit code, given `env`; killed (and failed) if it starts. */
async function startWith(env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  const port = await freePort()
  const child = start(join(repoRoot, "node_modules", ".bin", "medusa"), ["start", "--host", "127.0.0.1", "--port", String(port)], {
    cwd: backendDir,
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  })
  let output = ""
  child.stdout?.on("data", (chunk) => (output += chunk))
  child.stderr?.on("data", (chunk) => (output += chunk))
  const timer = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), 60_000)
  const code = await exitOf(child)
  clearTimeout(timer)
  return { code, output }
}

export const refusesDevSecrets: Check = {
  name: "NODE_ENV=production refuses to start without JWT_SECRET, or with the development one, and names it",
  run: async ({ env }) => {
    const { JWT_SECRET: _, ...withoutSecret } = env
    for (const [what, tried] of [
      ["without JWT_SECRET", withoutSecret],
      ["with the dev JWT_SECRET", { ...env, JWT_SECRET: "tiwizi-dev-jwt-secret" }],
    ] as const) {
      const { code, output } = await startWith(tried)
      assert(code !== 0, `started ${what}`)
      const message = /JWT_SECRET: [^"\\]*/.exec(output)?.[0]
      assert(message, `${what}: the error does not name JWT_SECRET:\n${output.slice(0, 600)}`)
    }
  },
}

export const serversAreReady: Check = {
  name: "every server is ready: GET /ready sees PostgreSQL and Redis",
  run: async ({ servers }) => {
    for (const server of servers) {
      const answer = await call(server.url, "GET", "/ready")
      assert(answer.status === 200, `${server.name} /ready: ${answer.status} ${JSON.stringify(answer.data)}`)
      assert(answer.data.checks?.postgres === "ok" && answer.data.checks?.redis === "ok", `${server.name} /ready: ${JSON.stringify(answer.data)}`)
    }
  },
}

export const requestIdsTravel: Check = {
  name: "a request id is echoed in the response and written in the server's JSON log line",
  run: async ({ servers, publishableKey }) => {
    const id = `test-prod-${randomUUID()}`
    const response = await fetch(`${servers[0].url}/store/regions`, { headers: { "x-request-id": id, "x-publishable-api-key": publishableKey } })
    assert(response.ok, `GET /store/regions: ${response.status}`)
    assert(response.headers.get("x-request-id") === id, `x-request-id answered: ${response.headers.get("x-request-id")}`)
    const deadline = Date.now() + 5000
    let line: Record<string, unknown> | undefined
    while (!line && Date.now() < deadline) {
      const log = await readFile(servers[0].log, "utf8")
      const found = log.split("\n").find((candidate) => candidate.includes(id))
      line = found ? JSON.parse(found) : undefined
      if (!line) await new Promise((resolve) => setTimeout(resolve, 200))
    }
    assert(line, `no log line with ${id} in ${servers[0].log}`)
    assert(line.request_id === id && line.status === 200 && line.path === "/store/regions", `log line: ${JSON.stringify(line)}`)
  },
}

export const backupAndRestore: Check = {
  name: "infra/scripts/backup.sh and restore.sh: a backup restored into another database holds the same shop",
  run: async ({ databaseUrl }) => {
    const dir = await mkdtemp(join(tmpdir(), "tiwizi-backup-"))
    const restored = new URL(databaseUrl)
    restored.pathname = `${restored.pathname}_restored`
    const name = restored.pathname.slice(1)
    await sql(databaseUrl, `drop database if exists "${name}" with (force)`)
    await sql(databaseUrl, `create database "${name}"`)
    let output = ""
    const backup = start("bash", [join(repoRoot, "infra", "scripts", "backup.sh"), databaseUrl, dir], { stdio: ["ignore", "pipe", "inherit"] })
    backup.stdout?.on("data", (chunk) => (output += chunk))
    assert((await exitOf(backup)) === 0, `backup.sh failed: ${output}`)
    const file = /\S+\.dump/.exec(output)?.[0]
    assert(file, `backup.sh named no file: ${output}`)
    await run("bash", [join(repoRoot, "infra", "scripts", "restore.sh"), "--yes", file], { env: { ...process.env, DATABASE_URL: restored.toString() }, stdio: "ignore" })
    const counts: string[] = []
    for (const table of ["product", "order", "cooperative", "ledger_entry"]) {
      const [before, after] = [await countRows(databaseUrl, table), await countRows(restored.toString(), table)]
      assert(before === after, `${table}: ${before} rows, ${after} restored`)
      counts.push(`${table} ${after}`)
    }
    await sql(databaseUrl, `drop database "${name}" with (force)`)
    return `restored ${counts.join(", ")}`
  },
}
