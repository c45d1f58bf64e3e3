import { mkdir, rm } from "node:fs/promises"
import { databaseUrl, openServer } from "../database.js"
import { reportsDir, repoRoot } from "../paths.js"
import { exitOf, onShutdown, shutdown, start } from "../processes.js"
import { formatSummary, readReports } from "../test-summary.js"

/** The reports every full run must leave in .reports/, one per suite. */
const expectedSuites = ["locale-unit", "deploy-unit", "crafts-unit", "address-unit", "search-text-unit", "search-meilisearch-unit", "backend", "storefront-unit", "playwright"]

/**
 * `npm test`: every suite through turbo, one at a time (2 cores), against PostgreSQL (embedded
 * unless DATABASE_URL), then a summary ending with `N passed, N failed`.
 */
export async function test(): Promise<never> {
  await rm(reportsDir, { recursive: true, force: true })
  await mkdir(reportsDir, { recursive: true })
  const server = await openServer("test")
  onShutdown(() => server.stop())
  const env = {
    ...process.env,
    // Medusa's test runner turns SSL on for any host but "localhost".
    DB_HOST: server.host === "127.0.0.1" ? "localhost" : server.host,
    DB_PORT: String(server.port),
    DB_USERNAME: server.user,
    DB_PASSWORD: server.password,
    // The browser tests get a database of their own, recreated on every run.
    DATABASE_URL: databaseUrl(server, "tiwizi_e2e"),
  }
  const turbo = start("npx", ["turbo", "run", "test", "--concurrency=1", "--continue"], { cwd: repoRoot, env })
  const code = await exitOf(turbo)
  const clean = await printSummary()
  return shutdown(code === 0 && clean ? 0 : 1)
}

/**
 * Prints every suite's counts from .reports/ and the closing `N passed, N failed` line; a suite
 * that left no report counts as one failure. Returns whether nothing failed.
 */
export async function printSummary(): Promise<boolean> {
  const results = await readReports(reportsDir)
  const missing = expectedSuites.filter((suite) => !results.some((result) => result.suite === suite))
  process.stdout.write(`\n${formatSummary(results, missing)}\n`)
  return missing.length === 0 && results.every((result) => result.failed === 0)
}
