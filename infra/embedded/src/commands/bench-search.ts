import { openSync, readFileSync } from "node:fs"
import { mkdir, readFile, rename, writeFile } from "node:fs/promises"
import { join } from "node:path"
import type { ChildProcess } from "node:child_process"
import { databaseUrl, openServer, recreateDatabase, withClient, type Server } from "../database.js"
import { startEmbeddedPostgres } from "../embedded-postgres.js"
import { describeMachine } from "../machine.js"
import { backendDir, dataDir, repoRoot } from "../paths.js"
import { exitOf, onShutdown, run, runLogged, shutdown, start } from "../processes.js"
import { freePort, waitForServer } from "../servers.js"
import { migrate } from "./shop-database.js"

const DATABASE = "tiwizi_bench"
const DEFAULT_SIZES = [10_000, 100_000]
const WARMUP = 20
/** DESIGN.md's targets: p95 of `POST /store/search` by catalogue size. */
const TARGET_P95_MS: Record<number, number> = { 10_000: 25, 100_000: 50 }
const CARD_FIELDS = ["id", "handle", "title_fr", "thumbnail", "price_mad"]
/** The storefront's results page: a value facet per filter, the dirham price bands as a range facet. */
const FACETS = [
  ...["category_handles", "cooperative_handle", "province", "technique", "materials", "dyes", "size_band"],
  ...["women_led", "rural", "one_of_a_kind", "in_stock"],
]
  .map((field): object => ({ field, limit: 30 }))
  .concat({ field: "price_mad", type: "range", ranges: [{ to: 500 }, { from: 500, to: 1000 }, { from: 1000, to: 3000 }, { from: 3000, to: 6000 }, { from: 6000 }] })

type BenchQuery = { kind: string; q?: string; filters?: object; order?: object; match?: string; take?: number }
type Sample = { query: BenchQuery; ms: number; ok: boolean; hits: number }
type Load = { provider?: string; catalogue_products: number; reindex_seconds: number; documents: number; batch_size: number; generate_seconds: number; load_seconds: number }
type Latency = { p50: number; p95: number; p99: number; mean: number; max: number; errors: number; zero_hits: number }
type Mode = Latency & { by_kind: Record<string, Latency>; slowest: { ms: number; query: BenchQuery }[] }
type SizeResult = {
  documents: number
  measured_at: string
  build: Load & { docs_per_second: number; vacuum_analyze_seconds: number }
  latency: Record<string, Mode>
}

/**
 * `npm run bench:search [-- --sizes 10000,100000]`: search latency through `POST /store/search`
 * at each catalogue size. Seeds a fresh `tiwizi_bench` database (embedded, or on DATABASE_URL's
 * server), loads that many synthetic products into the product index, starts Medusa and times
 * the fixed query mix of bench/search/queries.json, without facets then with the storefront's.
 * Prints a table and writes bench/results/search.json.
 */
export async function benchSearch(): Promise<never> {
  const sizes = parseSizes(process.argv.slice(3))
  const server = await openBenchServer()
  onShutdown(() => server.stop())
  await recreateDatabase(server, DATABASE)
  const workDir = join(dataDir, "bench")
  await mkdir(workDir, { recursive: true })
  const envFile = join(workDir, "storefront.env")
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl(server, DATABASE), TIWIZI_STOREFRONT_ENV_FILE: envFile, DISABLE_MEDUSA_ADMIN: "true" }
  // The bench measures our PostgreSQL provider, whatever the shell has configured.
  delete env.MEILISEARCH_HOST
  delete env.MEILISEARCH_API_KEY
  await migrate(env)
  const seedLog = join(dataDir, "logs", "bench-seed.log")
  console.warn(`Seeding the demo catalogue into "${DATABASE}" (about a minute; log in ${seedLog})…`)
  await runLogged("npx", ["medusa", "exec", "./src/scripts/seed.ts"], seedLog, { cwd: backendDir, env })
  const key = /^MEDUSA_PUBLISHABLE_KEY=(.*)$/m.exec(readFileSync(envFile, "utf8"))?.[1]
  if (!key) throw new Error(`the seed wrote no publishable key to ${envFile}`)
  const queries: BenchQuery[] = JSON.parse(await readFile(join(repoRoot, "bench", "search", "queries.json"), "utf8")).queries

  const results: SizeResult[] = []
  for (const documents of sizes) {
    console.warn(`\n— ${documents.toLocaleString("en")} products —`)
    const resultFile = join(workDir, `load-${documents}.json`)
    await run("npx", ["medusa", "exec", "./src/scripts/bench-search-load.ts", String(documents), resultFile], { cwd: backendDir, env })
    const load: Load = JSON.parse(await readFile(resultFile, "utf8"))
    // What autovacuum does within a minute of a bulk load; without it the first queries would be
    // planned on the statistics of the empty index.
    const vacuumStarted = performance.now()
    await withClient(server, (client) => client.query("VACUUM (ANALYZE)"), DATABASE)
    const build = { ...load, docs_per_second: load.documents / load.load_seconds, vacuum_analyze_seconds: (performance.now() - vacuumStarted) / 1000 }
    const latency = await measureLatency(env, key, queries)
    const figures = Object.entries(latency).map(([mode, f]) => `${mode.replace("_", " ")} p50 ${f.p50} / p95 ${f.p95} / p99 ${f.p99} ms`)
    console.warn(`Built in ${load.load_seconds.toFixed(1)} s (${Math.round(build.docs_per_second)} documents/s); ${figures.join("; ")}.`)
    results.push({ documents, measured_at: new Date().toISOString(), build, latency })
    // After every size, so a long run cut short keeps what it measured.
    await writeResults(server, sizes, results)
  }
  printTable(results)
  return shutdown(0)
}

function parseSizes(args: string[]): number[] {
  const at = args.findIndex((arg) => arg === "--sizes" || arg.startsWith("--sizes="))
  if (at === -1) return DEFAULT_SIZES
  const given = args[at].startsWith("--sizes=") ? args[at].slice("--sizes=".length) : (args[at + 1] ?? "")
  const sizes = given.split(",").map((size) => Number(size.replaceAll("_", "")))
  if (sizes.some((size) => !Number.isInteger(size) || size <= 0)) {
    throw new Error(`--sizes takes positive whole numbers separated by commas, e.g. --sizes 10000,100000 (got "${given}")`)
  }
  return sizes
}

/** DATABASE_URL's server, or an embedded cluster of its own, 20 above dev's port, so a running `npm run dev` or `npm test` is left alone. */
async function openBenchServer(): Promise<Server> {
  if (process.env.DATABASE_URL) return openServer("dev")
  return startEmbeddedPostgres("bench", Number(process.env.TIWIZI_PG_PORT ?? 54320) + 20)
}

/** Starts Medusa on a free port, runs the query mix without then with facets, and stops it. */
async function measureLatency(env: NodeJS.ProcessEnv, key: string, queries: BenchQuery[]): Promise<Record<string, Mode>> {
  const port = await freePort()
  const log = join(dataDir, "logs", "bench-medusa.log")
  const out = openSync(log, "w")
  const backend = start("npx", ["medusa", "start", "--host", "127.0.0.1", "--port", String(port)], {
    cwd: backendDir,
    env: { ...env, PORT: String(port), MEDUSA_BACKEND_URL: `http://127.0.0.1:${port}` },
    stdio: ["ignore", out, out],
  })
  const url = `http://127.0.0.1:${port}`
  console.warn(`Starting Medusa on ${url} (log in ${log})…`)
  await waitForServer(`${url}/health`, backend, log)
  const modes: Record<string, Mode> = {}
  for (const [mode, facets] of [["without_facets", false], ["with_facets", true]] as const) {
    const post = (query: BenchQuery) => timedSearch(`${url}/store/search`, key, query, facets)
    for (const query of queries.slice(0, WARMUP)) await post(query)
    const samples: Sample[] = []
    for (const query of queries) {
      samples.push(await post(query))
      if (samples.length % 50 === 0) console.warn(`  ${mode.replace("_", " ")}: ${samples.length}/${queries.length} queries`)
    }
    modes[mode] = summarise(samples)
  }
  await stopGroup(backend)
  return modes
}

/** One request as a page render makes it, timed from sending to the last byte of the answer. */
async function timedSearch(url: string, key: string, query: BenchQuery, facets: boolean): Promise<Sample> {
  const typeahead = query.match === "last"
  const body = {
    entity: "product",
    fields: CARD_FIELDS,
    filters: { ...(query.q !== undefined && { q: query.q }), ...query.filters },
    pagination: { skip: 0, take: query.take ?? 24, ...(query.order && { order: query.order }) },
    search_options: {
      typo_tolerance: true,
      match_strategy: query.match ?? "all",
      count: typeahead ? "estimated" : "exact",
      ...(facets && { facets: FACETS, disjunctive_facets: true }),
    },
  }
  const started = performance.now()
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-publishable-api-key": key },
      body: JSON.stringify(body),
    })
    const text = await response.text()
    const ms = performance.now() - started
    if (!response.ok) return { query, ms, ok: false, hits: 0 }
    return { query, ms, ok: true, hits: JSON.parse(text).results?.[0]?.hits?.length ?? 0 }
  } catch {
    return { query, ms: performance.now() - started, ok: false, hits: 0 }
  }
}

function latencyOf(samples: Sample[]): Latency {
  const times = samples.map((sample) => sample.ms).sort((a, b) => a - b)
  const at = (p: number) => round(times[Math.max(0, Math.ceil((p / 100) * times.length) - 1)])
  return {
    p50: at(50),
    p95: at(95),
    p99: at(99),
    mean: round(times.reduce((sum, ms) => sum + ms, 0) / times.length),
    max: at(100),
    errors: samples.filter((sample) => !sample.ok).length,
    zero_hits: samples.filter((sample) => sample.ok && sample.hits === 0).length,
  }
}

function summarise(samples: Sample[]): Mode {
  const kinds = [...new Set(samples.map((sample) => sample.query.kind))]
  const byKind = Object.fromEntries(kinds.map((kind) => [kind, latencyOf(samples.filter((sample) => sample.query.kind === kind))]))
  const slowest = [...samples].sort((a, b) => b.ms - a.ms).slice(0, 5).map(({ ms, query }) => ({ ms: round(ms), query }))
  return { ...latencyOf(samples), by_kind: byKind, slowest }
}

const round = (value: number) => Math.round(value * 10) / 10

function printTable(results: SizeResult[]): void {
  const rows = [["products", "mode", "build", "docs/s", "p50 ms", "p95 ms", "p99 ms", "errors", "target p95"]]
  for (const { documents, build, latency } of results) {
    for (const [mode, figures] of Object.entries(latency)) {
      const first = mode === "without_facets"
      const target = TARGET_P95_MS[documents]
      rows.push([
        first ? documents.toLocaleString("en") : "",
        mode.replace("_", " "),
        first ? `${build.load_seconds.toFixed(1)} s` : "",
        first ? Math.round(build.docs_per_second).toLocaleString("en") : "",
        String(figures.p50),
        String(figures.p95),
        String(figures.p99),
        String(figures.errors),
        target ? `≤ ${target} ms ${figures.p95 <= target ? "met" : "MISSED"}` : "",
      ])
    }
  }
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)))
  console.warn(`\nReindex of the seeded catalogue (${results[0].build.catalogue_products} products): ${results[0].build.reindex_seconds.toFixed(1)} s`)
  for (const row of rows) console.warn(row.map((cell, column) => cell.padEnd(widths[column])).join("  "))
  for (const { documents, latency } of results) {
    for (const [mode, figures] of Object.entries(latency)) {
      const kinds = Object.entries(figures.by_kind).sort(([, a], [, b]) => b.p95 - a.p95)
      console.warn(`  ${documents.toLocaleString("en")} ${mode.replace("_", " ")}, p95 by kind: ${kinds.map(([kind, k]) => `${kind} ${k.p95}`).join(", ")}`)
    }
  }
}

async function writeResults(server: Server, sizes: number[], results: SizeResult[]): Promise<void> {
  const settings = await withClient(server, async (client) => {
    const read = async (name: string) => (await client.query(`SHOW ${name}`)).rows[0][name]
    return { version: await read("server_version"), shared_buffers: await read("shared_buffers"), work_mem: await read("work_mem") }
  })
  const file = join(repoRoot, "bench", "results", "search.json")
  // A run of some sizes keeps the last figures of the others, each dated by `measured_at`.
  const earlier: SizeResult[] = await readFile(file, "utf8").then(
    (text) => {
      const previous = JSON.parse(text) as { date: string; results?: SizeResult[] }
      return (previous.results ?? [])
        .filter((result) => !sizes.includes(result.documents))
        .map((result) => ({ ...result, measured_at: result.measured_at ?? previous.date }))
    },
    () => [],
  )
  const report = {
    benchmark: "search",
    date: new Date().toISOString(),
    provider: results[0]?.build.provider ?? "tiwizi-postgres",
    machine: {
      ...describeMachine(),
      postgres: { ...settings, embedded: !process.env.DATABASE_URL },
    },
    method: {
      endpoint: "POST /store/search",
      queries: "bench/search/queries.json",
      warmup_queries: WARMUP,
      sequential: true,
      facets: FACETS,
      latency: "client wall time per request, milliseconds",
    },
    targets: { source: "DESIGN.md", p95_ms: TARGET_P95_MS },
    sizes,
    complete: results.length === sizes.length,
    reindex_seeded_catalogue: { products: results[0]?.build.catalogue_products, seconds: results[0]?.build.reindex_seconds },
    results: [...earlier, ...results].sort((a, b) => a.documents - b.documents),
  }
  await mkdir(join(repoRoot, "bench", "results"), { recursive: true })
  await writeFile(`${file}.tmp`, `${JSON.stringify(report, null, 2)}\n`)
  await rename(`${file}.tmp`, file)
  console.warn(`Written to ${file}.`)
}

/** Stops one child started with `start` (its whole process group) before the next size. */
async function stopGroup(child: ChildProcess): Promise<void> {
  const group = child.pid
  if (group === undefined) return
  const signal = (name: NodeJS.Signals | 0) => {
    try {
      process.kill(-group, name)
      return true
    } catch {
      return false
    }
  }
  signal("SIGTERM")
  const killer = setTimeout(() => signal("SIGKILL"), 20_000)
  await exitOf(child)
  // npx exits before the Medusa process it started has finished shutting down.
  while (signal(0)) await new Promise((resolve) => setTimeout(resolve, 200))
  clearTimeout(killer)
}
