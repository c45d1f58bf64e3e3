import type { ChildProcess } from "node:child_process"
import { openSync, readFileSync } from "node:fs"
import { mkdir, readFile, rename, writeFile } from "node:fs/promises"
import { createServer } from "node:net"
import os from "node:os"
import { join } from "node:path"
import type { Result } from "lighthouse"
import { databaseUrl, openServer, recreateDatabase, type Server } from "../database.js"
import { startEmbeddedPostgres } from "../embedded-postgres.js"
import { backendDir, dataDir, repoRoot, storefrontDir } from "../paths.js"
import { onShutdown, runLogged, shutdown, start } from "../processes.js"
import { migrate } from "./shop-database.js"

const DATABASE = "tiwizi_lighthouse"
const RUNS = 3
const DEFAULT_LOCALES = ["ar", "fr"]
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const
type Category = (typeof CATEGORIES)[number]
/** Issue 4's gates (accessibility, SEO, best practices) and DESIGN.md's performance target. */
const TARGETS: Record<Category, number> = { performance: 95, accessibility: 100, "best-practices": 95, seo: 100 }
const METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"]
/** The flags every browser of the project's tests gets (Debian's Chromium, headless, no network chatter). */
const CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"]

const OWN_STACK = "its own production stack on this machine: next build + next start, medusa start on the seeded demo catalogue"

type Run = { scores: Record<Category, number>; metrics: Record<string, number>; failing: Record<Category, FailingAudit[]> }
type FailingAudit = { id: string; title: string; score: number; display?: string; explanation?: string; where: string[] }
type PageResult = {
  /** What was measured: this command's own stack, or the shop given with --url. */
  stack: string
  locale: string
  page: string
  url: string
  measured_at: string
  median: Record<Category, number>
  median_metrics: Record<string, number>
  runs: Omit<Run, "failing">[]
  /** For each category whose median misses its target: the audits that failed, and in how many runs. */
  failing_audits: Partial<Record<Category, (FailingAudit & { runs: number })[]>>
}

/**
 * `npm run bench:lighthouse [-- --locales ar,fr] [-- --url http://host:port]`: Lighthouse 12
 * (mobile preset: Moto G Power emulation, simulated slow 4G and 4× CPU slowdown) on the home,
 * carpets category and a carpet's page, RUNS times each after one warm-up, median per category.
 * Without --url it starts its own production stack: a seeded backend and `next build` +
 * `next start`, on free ports and an embedded PostgreSQL of its own (or DATABASE_URL's server).
 * Prints a table, the failing audits of every category below target, and writes
 * bench/results/lighthouse.json.
 */
export async function benchLighthouse(): Promise<never> {
  const args = process.argv.slice(3)
  const locales = (option(args, "--locales") ?? DEFAULT_LOCALES.join(",")).split(",").filter(Boolean)
  const unknown = locales.filter((locale) => !["fr", "ar", "en"].includes(locale))
  if (unknown.length) throw new Error(`--locales takes fr, ar and en separated by commas (got "${unknown.join(",")}")`)
  const given = option(args, "--url")?.replace(/\/$/, "")
  const baseUrl = given ?? (await startStack())
  const stack = given ? `the shop already running at ${given}` : OWN_STACK
  const product = await firstProductHandle(baseUrl, locales[0])
  const { default: lighthouse } = await import("lighthouse")
  const { launch } = await import("chrome-launcher")
  let running: { kill(): void } | undefined
  onShutdown(async () => running?.kill())

  /** One Lighthouse run in a fresh browser profile, so no run inherits another's cache. */
  const measure = async (url: string): Promise<Result> => {
    const chrome = await launch({ chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", chromeFlags: CHROME_FLAGS, logLevel: "silent" })
    running = chrome
    try {
      const answer = await lighthouse(url, { port: chrome.port, logLevel: "error", onlyCategories: [...CATEGORIES] })
      if (!answer) throw new Error(`Lighthouse returned nothing for ${url}`)
      if (answer.lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${answer.lhr.runtimeError.message}`)
      return answer.lhr
    } finally {
      chrome.kill()
      running = undefined
    }
  }

  const results: PageResult[] = []
  let about: Pick<Result, "environment" | "lighthouseVersion"> | undefined
  for (const locale of locales) {
    const pages = { home: `/${locale}`, category: `/${locale}/categories/tapis`, product: `/${locale}/products/${product}` }
    for (const [page, path] of Object.entries(pages)) {
      const url = `${baseUrl}${path}`
      // The first visit fills Next's image cache (resizing with sharp); every visitor after it is served from there.
      console.warn(`${locale} ${page}: warm-up, then ${RUNS} runs of ${url}…`)
      await measure(url)
      const runs: Run[] = []
      for (let i = 0; i < RUNS; i++) {
        const lhr = await measure(url)
        about = lhr
        runs.push(readRun(lhr))
        console.warn(`  run ${i + 1}: ${CATEGORIES.map((category) => `${category} ${runs[i].scores[category]}`).join(", ")}`)
      }
      results.push({ stack, ...summarise(locale, page, url, runs) })
    }
    // After every locale, so a long run cut short keeps what it measured.
    await writeResults(results, about)
  }
  printTable(results)
  return shutdown(0)
}

function option(args: string[], name: string): string | undefined {
  const at = args.findIndex((arg) => arg === name || arg.startsWith(`${name}=`))
  if (at === -1) return undefined
  return args[at].startsWith(`${name}=`) ? args[at].slice(name.length + 1) : args[at + 1]
}

/**
 * The production shop on free ports: a fresh `tiwizi_lighthouse` database, migrated and seeded,
 * Medusa without its admin, and the storefront built and started against it. Returns its URL.
 */
async function startStack(): Promise<string> {
  const server = await openLighthouseServer()
  onShutdown(() => server.stop())
  await recreateDatabase(server, DATABASE)
  const [backendPort, storefrontPort] = [await freePort(), await freePort()]
  const backendUrl = `http://127.0.0.1:${backendPort}`
  const storefrontUrl = `http://localhost:${storefrontPort}`
  const workDir = join(dataDir, "lighthouse")
  await mkdir(workDir, { recursive: true })
  const envFile = join(workDir, "storefront.env")
  const backendEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl(server, DATABASE),
    PORT: String(backendPort),
    MEDUSA_BACKEND_URL: backendUrl,
    STOREFRONT_URL: storefrontUrl,
    TIWIZI_STOREFRONT_ENV_FILE: envFile,
    DISABLE_MEDUSA_ADMIN: "true",
  }
  await migrate(backendEnv)
  const logs = join(dataDir, "logs")
  console.warn(`Seeding the demo catalogue into "${DATABASE}" (about a minute; log in ${join(logs, "lighthouse-seed.log")})…`)
  await runLogged("npx", ["medusa", "exec", "./src/scripts/seed.ts"], join(logs, "lighthouse-seed.log"), { cwd: backendDir, env: backendEnv })
  const backend = startLogged("npx", ["medusa", "start", "--host", "127.0.0.1", "--port", String(backendPort)], backendDir, backendEnv, join(logs, "lighthouse-medusa.log"))
  await waitForHttp(`${backendUrl}/health`, backend, join(logs, "lighthouse-medusa.log"))

  // The storefront writes its canonical and hreflang links with STOREFRONT_URL: this shop's own.
  const storefrontEnv = { ...process.env, ...readEnvFile(envFile), STOREFRONT_URL: storefrontUrl }
  console.warn(`Building the storefront (log in ${join(logs, "lighthouse-next-build.log")})…`)
  await runLogged("npx", ["next", "build"], join(logs, "lighthouse-next-build.log"), { cwd: storefrontDir, env: storefrontEnv })
  const next = startLogged("npx", ["next", "start", "--port", String(storefrontPort), "--hostname", "localhost"], storefrontDir, storefrontEnv, join(logs, "lighthouse-next.log"))
  await waitForHttp(`${storefrontUrl}/fr`, next, join(logs, "lighthouse-next.log"))
  return storefrontUrl
}

/** DATABASE_URL's server, or an embedded cluster of its own, 30 above dev's port (bench:search uses +20). */
async function openLighthouseServer(): Promise<Server> {
  if (process.env.DATABASE_URL) return openServer("dev")
  return startEmbeddedPostgres("lighthouse", Number(process.env.TIWIZI_PG_PORT ?? 54320) + 30)
}

function startLogged(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, log: string): ChildProcess {
  const out = openSync(log, "w")
  return start(command, args, { cwd, env, stdio: ["ignore", out, out] })
}

function readEnvFile(file: string): Record<string, string> {
  const lines = readFileSync(file, "utf8").split("\n").filter((line) => line.includes("="))
  return Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]))
}

async function waitForHttp(url: string, child: ChildProcess, log: string): Promise<void> {
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server for ${url} exited (code ${child.exitCode}); see ${log}`)
    if (await fetch(url).then((response) => response.ok, () => false)) return
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`${url} did not answer within 180 s; see ${log}`)
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once("error", reject)
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address()
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port"))))
    })
  })
}

/** The first carpet the carpets category lists, as a visitor would open it. */
async function firstProductHandle(baseUrl: string, locale: string): Promise<string> {
  const response = await fetch(`${baseUrl}/${locale}/categories/tapis`)
  const handle = new RegExp(`href="/${locale}/products/([^"?#/]+)"`).exec(await response.text())?.[1]
  if (!response.ok || !handle) throw new Error(`no product link on ${baseUrl}/${locale}/categories/tapis (HTTP ${response.status})`)
  return handle
}

function readRun(lhr: Result): Run {
  const scores = Object.fromEntries(CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]))
  // Milliseconds to the unit; CLS is a small unitless number.
  const metrics = Object.fromEntries(METRICS.map((id) => [id, id === "cumulative-layout-shift" ? round(lhr.audits[id]?.numericValue ?? NaN) : Math.round(lhr.audits[id]?.numericValue ?? NaN)]))
  const failing = Object.fromEntries(CATEGORIES.map((category) => [category, failingAudits(lhr, category)]))
  return { scores, metrics, failing } as Run
}

/**
 * Audits that cost the category points: weighted ones below a full score, and for performance
 * also the opportunities and diagnostics (weight 0) Lighthouse flags, which are what to fix.
 */
function failingAudits(lhr: Result, category: Category): FailingAudit[] {
  const limit = category === "performance" ? 0.9 : 1
  return (lhr.categories[category]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 || category === "performance")
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit && audit.score !== null && audit.score < limit)
    .map((audit) => ({
      id: audit.id,
      title: audit.title,
      score: audit.score ?? 0,
      display: audit.displayValue,
      explanation: audit.explanation,
      where: placesOf(audit.details),
    }))
}

/** Where an audit failed: the elements' selectors, or the resources' URLs (at most five). */
function placesOf(details: Result["audits"][string]["details"]): string[] {
  if (!details || !("items" in details) || !Array.isArray(details.items)) return []
  const places = details.items.map((item) => {
    const entry = item as { node?: { selector?: string; snippet?: string }; url?: unknown; source?: { url?: string } }
    return entry.node?.selector ?? entry.node?.snippet ?? (typeof entry.url === "string" ? entry.url : entry.source?.url)
  })
  return [...new Set(places.filter((place): place is string => !!place))].slice(0, 5)
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : round((sorted[middle - 1] + sorted[middle]) / 2)
}

function summarise(locale: string, page: string, url: string, runs: Run[]): Omit<PageResult, "stack"> {
  const medianScores = Object.fromEntries(CATEGORIES.map((category) => [category, median(runs.map((run) => run.scores[category]))])) as Record<Category, number>
  const failing: PageResult["failing_audits"] = {}
  for (const category of CATEGORIES.filter((category) => medianScores[category] < TARGETS[category])) {
    const byId = new Map<string, FailingAudit & { runs: number }>()
    for (const audit of runs.flatMap((run) => run.failing[category])) {
      const seen = byId.get(audit.id)
      byId.set(audit.id, seen ? { ...seen, runs: seen.runs + 1, score: Math.min(seen.score, audit.score) } : { ...audit, runs: 1 })
    }
    failing[category] = [...byId.values()].sort((a, b) => a.score - b.score)
  }
  return {
    locale,
    page,
    url,
    measured_at: new Date().toISOString(),
    median: medianScores,
    median_metrics: Object.fromEntries(METRICS.map((id) => [id, median(runs.map((run) => run.metrics[id]))])),
    runs: runs.map(({ scores, metrics }) => ({ scores, metrics })),
    failing_audits: failing,
  }
}

const round = (value: number) => Math.round(value * 1000) / 1000

function printTable(results: PageResult[]): void {
  const score = (result: PageResult, category: Category) => {
    const mark = result.median[category] >= TARGETS[category] ? "" : " !"
    return `${result.median[category]}${mark} (${result.runs.map((run) => run.scores[category]).join(" ")})`
  }
  const rows = [["locale", "page", "performance", "accessibility", "best practices", "seo", "LCP s", "TBT ms", "CLS"]]
  for (const result of results) {
    const m = result.median_metrics
    rows.push([
      result.locale,
      result.page,
      ...CATEGORIES.map((category) => score(result, category)),
      (m["largest-contentful-paint"] / 1000).toFixed(1),
      String(Math.round(m["total-blocking-time"])),
      m["cumulative-layout-shift"].toFixed(3),
    ])
  }
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)))
  console.warn(`\nLighthouse mobile, median of ${RUNS} runs (each run in brackets); "!" is below target (${CATEGORIES.map((c) => `${c} ${TARGETS[c]}`).join(", ")})`)
  for (const row of rows) console.warn(row.map((cell, column) => cell.padEnd(widths[column])).join("  "))
  for (const result of results) {
    for (const [category, audits] of Object.entries(result.failing_audits)) {
      console.warn(`\n${result.locale} ${result.page}, ${category} ${result.median[category as Category]} — failing audits:`)
      for (const audit of audits) {
        const display = audit.display ? ` (${audit.display})` : ""
        console.warn(`  ${audit.id}: ${audit.title}${display}, score ${audit.score}, in ${audit.runs}/${RUNS} runs`)
        if (audit.explanation) console.warn(`      ${audit.explanation}`)
        for (const place of audit.where) console.warn(`      ${place}`)
      }
    }
  }
}

async function writeResults(results: PageResult[], about: Pick<Result, "environment" | "lighthouseVersion"> | undefined): Promise<void> {
  const file = join(repoRoot, "bench", "results", "lighthouse.json")
  // A run of some locales keeps the last figures of the others, each dated by `measured_at`.
  const measured = new Set(results.map((result) => result.locale))
  const earlier: PageResult[] = await readFile(file, "utf8").then(
    (text) => (JSON.parse(text) as { results?: PageResult[] }).results?.filter((result) => !measured.has(result.locale)) ?? [],
    () => [],
  )
  const cpus = os.cpus()
  const report = {
    benchmark: "lighthouse",
    date: new Date().toISOString(),
    lighthouse: about?.lighthouseVersion,
    browser: about?.environment.hostUserAgent,
    machine: {
      cpus: cpus.length,
      cpu_model: cpus[0]?.model,
      memory_gb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      // Lighthouse's own CPU speed estimate, and the load averages: other work on a shared machine skews performance.
      benchmark_index: about?.environment.benchmarkIndex,
      load_average: os.loadavg().map((load) => Math.round(load * 10) / 10),
    },
    method: {
      preset: "Lighthouse default (mobile): Moto G Power emulation, simulated throttling (slow 4G, 4x CPU slowdown)",
      runs_per_page: RUNS,
      warmup_runs_per_page: 1,
      statistic: "median per category over the runs; metrics are medians too (ms, CLS unitless)",
      browser_flags: CHROME_FLAGS,
    },
    targets: TARGETS,
    results: [...earlier, ...results],
  }
  await mkdir(join(repoRoot, "bench", "results"), { recursive: true })
  await writeFile(`${file}.tmp`, `${JSON.stringify(report, null, 2)}\n`)
  await rename(`${file}.tmp`, file)
  console.warn(`\nWritten to ${file}.`)
}
