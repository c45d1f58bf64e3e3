import type { ChildProcess } from "node:child_process"
import { openSync } from "node:fs"
import { mkdir } from "node:fs/promises"
import { join } from "node:path"
import { databaseUrl, openServer, recreateDatabase, type Server } from "./database.js"
import { startEmbeddedPostgres } from "./embedded-postgres.js"
import { backendDir, dataDir, storefrontDir } from "./paths.js"
import { onShutdown, runLogged, start } from "./processes.js"
import { freePort, generatedSecrets, readEnvFile, waitForServer } from "./servers.js"
import { migrate } from "./commands/shop-database.js"

/** Where a bench's own production shop answers. */
export type ProductionStack = { storefrontUrl: string; backendUrl: string }

/**
 * The production shop on free ports, for a bench of its own: a fresh `tiwizi_<name>` database
 * (on DATABASE_URL's server, or an embedded cluster `name` `portOffset` above dev's port),
 * migrated and seeded, Medusa without its admin, and the storefront built and started against
 * it. Everything stops with the command.
 */
export async function startProductionStack(name: string, portOffset: number): Promise<ProductionStack> {
  const database = `tiwizi_${name}`
  const server = await openBenchServer(name, portOffset)
  onShutdown(() => server.stop())
  await recreateDatabase(server, database)
  const [backendPort, storefrontPort] = [await freePort(), await freePort()]
  const backendUrl = `http://127.0.0.1:${backendPort}`
  const storefrontUrl = `http://localhost:${storefrontPort}`
  const workDir = join(dataDir, name)
  await mkdir(workDir, { recursive: true })
  const envFile = join(workDir, "storefront.env")
  const backendEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ...generatedSecrets(),
    DATABASE_URL: databaseUrl(server, database),
    PORT: String(backendPort),
    MEDUSA_BACKEND_URL: backendUrl,
    STOREFRONT_URL: storefrontUrl,
    TIWIZI_STOREFRONT_ENV_FILE: envFile,
    DISABLE_MEDUSA_ADMIN: "true",
  }
  await migrate(backendEnv)
  const logs = join(dataDir, "logs")
  console.warn(`Seeding the demo catalogue into "${database}" (about a minute; log in ${join(logs, `${name}-seed.log`)})…`)
  await runLogged("npx", ["medusa", "exec", "./src/scripts/seed.ts"], join(logs, `${name}-seed.log`), { cwd: backendDir, env: backendEnv })
  const medusaLog = join(logs, `${name}-medusa.log`)
  const backend = startLogged("npx", ["medusa", "start", "--host", "127.0.0.1", "--port", String(backendPort)], backendDir, backendEnv, medusaLog)
  await waitForServer(`${backendUrl}/health`, backend, medusaLog)

  // The storefront writes its canonical and hreflang links with STOREFRONT_URL: this shop's own.
  const storefrontEnv = { ...process.env, ...readEnvFile(envFile), STOREFRONT_URL: storefrontUrl }
  console.warn(`Building the storefront (log in ${join(logs, `${name}-next-build.log`)})…`)
  await runLogged("npx", ["next", "build"], join(logs, `${name}-next-build.log`), { cwd: storefrontDir, env: storefrontEnv })
  const nextLog = join(logs, `${name}-next.log`)
  const next = startLogged("npx", ["next", "start", "--port", String(storefrontPort), "--hostname", "localhost"], storefrontDir, storefrontEnv, nextLog)
  await waitForServer(`${storefrontUrl}/fr`, next, nextLog)
  return { storefrontUrl, backendUrl }
}

async function openBenchServer(name: string, portOffset: number): Promise<Server> {
  if (process.env.DATABASE_URL) return openServer("dev")
  return startEmbeddedPostgres(name, Number(process.env.TIWIZI_PG_PORT ?? 54320) + portOffset)
}

function startLogged(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, log: string): ChildProcess {
  const out = openSync(log, "w")
  return start(command, args, { cwd, env, stdio: ["ignore", out, out] })
}
