import { cp, rm } from "node:fs/promises"
import { join } from "node:path"
import { databaseUrl, openServer, recreateDatabase } from "../database.js"
import { backendDir, dataDir, storefrontDir } from "../paths.js"
import { exitOf, onShutdown, run, runLogged, shutdown, start } from "../processes.js"
import { generatedSecrets, readEnvFile } from "../servers.js"
import { migrate } from "./shop-database.js"

const BACKEND_PORT = 9100
const STOREFRONT_PORT = 8100
const DATABASE = "tiwizi_e2e"

/**
 * The browser tests' shop, started by Playwright's webServer: a fresh `tiwizi_e2e` database
 * (on DATABASE_URL's server, or the embedded test cluster), migrated and seeded, the backend on
 * :9100 with a production build of Medusa Admin, and a production build of the storefront on
 * :8100. Runs until stopped.
 */
export async function e2eStack(): Promise<never> {
  const server = await openServer("test")
  onShutdown(() => server.stop())
  await recreateDatabase(server, DATABASE)
  const backendUrl = `http://localhost:${BACKEND_PORT}`
  const envFile = join(dataDir, "e2e", "storefront.env")
  const backendEnv = {
    ...process.env,
    ...generatedSecrets(),
    DATABASE_URL: databaseUrl(server, DATABASE),
    PORT: String(BACKEND_PORT),
    MEDUSA_BACKEND_URL: backendUrl,
    STOREFRONT_URL: `http://localhost:${STOREFRONT_PORT}`,
    TIWIZI_STOREFRONT_ENV_FILE: envFile,
  }
  await migrate(backendEnv)
  await buildAdmin(backendEnv)
  await runLogged("npx", ["medusa", "exec", "./src/scripts/seed.ts"], join(dataDir, "logs", "e2e-seed.log"), {
    cwd: backendDir,
    env: backendEnv,
  })
  const backend = start("npx", ["medusa", "start", "--host", "127.0.0.1"], { cwd: backendDir, env: backendEnv })
  await waitForHttp(`${backendUrl}/health`, 180_000)

  // The storefront writes absolute URLs (canonical, sitemap, JSON-LD) from STOREFRONT_URL.
  const storefrontEnv = { ...process.env, ...readEnvFile(envFile), STOREFRONT_URL: backendEnv.STOREFRONT_URL }
  await run("npx", ["next", "build"], { cwd: storefrontDir, env: storefrontEnv })
  const storefront = start("npx", ["next", "start", "--port", String(STOREFRONT_PORT), "--hostname", "localhost"], {
    cwd: storefrontDir,
    env: storefrontEnv,
  })
  return shutdown(await Promise.race([exitOf(backend), exitOf(storefront)]))
}

/**
 * Builds Medusa Admin for the staff browser tests. `medusa start` run from backend/ serves it
 * from public/admin; starting from .medusa/server instead would serve product images from
 * another static folder.
 */
async function buildAdmin(env: NodeJS.ProcessEnv): Promise<void> {
  await runLogged("npx", ["medusa", "build", "--admin-only"], join(dataDir, "logs", "e2e-admin-build.log"), { cwd: backendDir, env })
  const target = join(backendDir, "public", "admin")
  await rm(target, { recursive: true, force: true })
  await cp(join(backendDir, ".medusa", "admin"), target, { recursive: true })
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}
