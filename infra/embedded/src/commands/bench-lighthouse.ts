import { mkdir, readFile, rename, writeFile } from "node:fs/promises"
import { join } from "node:path"
import type { Result } from "lighthouse"
import { CATEGORIES, printTable, readRun, summarise, TARGETS, type PageResult, type Run } from "../lighthouse-report.js"
import { CHROME_FLAGS, runLighthouse } from "../lighthouse-runner.js"
import { describeMachine } from "../machine.js"
import { repoRoot } from "../paths.js"
import { shutdown } from "../processes.js"
import { startProductionStack } from "../production-stack.js"

const RUNS = 3
const DEFAULT_LOCALES = ["ar", "fr"]
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
  const baseUrl = given ?? (await startProductionStack("lighthouse", 30)).storefrontUrl
  const stack = given ? `the shop already running at ${given}` : OWN_STACK
  const product = await firstProductHandle(baseUrl, locales[0])
  /** One Lighthouse run of the shop's four categories. */
  const measure = (url: string): Promise<Result> => runLighthouse(url, { onlyCategories: [...CATEGORIES] })

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
  const report = {
    benchmark: "lighthouse",
    date: new Date().toISOString(),
    lighthouse: about?.lighthouseVersion,
    browser: about?.environment.hostUserAgent,
    // With Lighthouse's own CPU speed estimate: other work on a shared machine skews performance.
    machine: { ...describeMachine(), benchmark_index: about?.environment.benchmarkIndex },
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
