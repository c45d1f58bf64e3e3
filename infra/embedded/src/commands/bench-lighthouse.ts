import type { ChildProcess } from "node:child_process"
import { openSync } from "node:fs"
import { mkdir, readFile, rename, writeFile } from "node:fs/promises"
import os from "node:os"
import { join } from "node:path"
import type { Result } from "lighthouse"
import { databaseUrl, openServer, recreateDatabase, type Server } from "../database.js"
import { startEmbeddedPostgres } from "../embedded-postgres.js"
import { backendDir, dataDir, repoRoot, storefrontDir } from "../paths.js"
import { onShutdown, runLogged, shutdown, start } from "../processes.js"
import { CATEGORIES, printTable, readRun, summarise, TARGETS, type PageResult, type Run } from "../lighthouse-report.js"
import { freePort, readEnvFile, waitForServer } from "../servers.js"
import { migrate } from "./shop-database.js"

const DATABASE = "tiwizi_lighthouse"
const RUNS = 3
const DEFAULT_LOCALES = ["ar", "fr"]
/** The flags every browser of the project's tests gets (Debian's Chromium, headless, no network chatter). */
const CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"]

const OWN_STACK = "its own production stack on this machine: next build + next start, medusa start on the seeded demo catalogue"

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
  await waitForServer(`${backendUrl}/health`, backend, join(logs, "lighthouse-medusa.log"))

  // The storefront writes its canonical and hreflang links with STOREFRONT_URL: this shop's own.
  const storefrontEnv = { ...process.env, ...readEnvFile(envFile), STOREFRONT_URL: storefrontUrl }
  console.warn(`Building the storefront (log in ${join(logs, "lighthouse-next-build.log")})…`)
  await runLogged("npx", ["next", "build"], join(logs, "lighthouse-next-build.log"), { cwd: storefrontDir, env: storefrontEnv })
  const next = startLogged("npx", ["next", "start", "--port", String(storefrontPort), "--hostname", "localhost"], storefrontDir, storefrontEnv, join(logs, "lighthouse-next.log"))
  await waitForServer(`${storefrontUrl}/fr`, next, join(logs, "lighthouse-next.log"))
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

/** The first carpet the carpets category lists, as a visitor would open it. */
async function firstProductHandle(baseUrl: string, locale: string): Promise<string> {
  const response = await fetch(`${baseUrl}/${locale}/categories/tapis`)
  const handle = new RegExp(`href="/${locale}/products/([^"?#/]+)"`).exec(await response.text())?.[1]
  if (!response.ok || !handle) throw new Error(`no product link on ${baseUrl}/${locale}/categories/tapis (HTTP ${response.status})`)
  return handle
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
