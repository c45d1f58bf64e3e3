import { readFile, mkdir, rename, writeFile } from "node:fs/promises"
import { join } from "node:path"
import type { Result } from "lighthouse"
import { CHROME_FLAGS, runLighthouse } from "../lighthouse-runner.js"
import { describeMachine } from "../machine.js"
import { repoRoot, storefrontDir } from "../paths.js"
import { shutdown } from "../processes.js"
import { startProductionStack } from "../production-stack.js"

const RUNS = 3
const LOCALES = ["ar", "fr"]
const PAGE = "/cooperative/listings/new"
/** Issue 6's budget: JavaScript of the listing form beyond the framework, gzipped. */
const TARGET_BEYOND_FRAMEWORK_KB = 150
const MEMBER = { email: "tifawin-aghbalou@coop.tiwizi.local", password: "tiwizi-demo" }

type Script = { url: string; kb: number }
type PageResult = {
  locale: string
  url: string
  measured_at: string
  scripts: number
  total_kb: number
  framework_kb: number
  beyond_framework_kb: number
  target_beyond_framework_kb: number
  accessibility: number
  failing_accessibility_audits: string[]
  largest_beyond_framework: Script[]
}

/**
 * `npm run bench:portal [-- --url http://storefront --backend http://backend]`: what the
 * cooperative portal's listing form costs a member's phone. Logs in as a seeded cooperative
 * owner, then runs Lighthouse (mobile preset) on `/<locale>/cooperative/listings/new` in ar and
 * fr, once to warm up and RUNS times: the accessibility score (median) and every script the page
 * loaded, as sent (gzip). The framework is what every page of the app loads (Next's
 * `rootMainFiles`: React, React DOM, Next's runtime); the rest is the page's own. Without --url
 * it starts its own production stack. Prints a table and writes bench/results/portal-bundle.json.
 */
export async function benchPortal(): Promise<never> {
  const args = process.argv.slice(3)
  const given = option(args, "--url")
  const stack = given
    ? { storefrontUrl: given.replace(/\/$/, ""), backendUrl: (option(args, "--backend") ?? "http://localhost:9000").replace(/\/$/, "") }
    : await startProductionStack("portal", 40)
  const cookie = `tiwizi_coop_auth=${await memberToken(stack.backendUrl)}`
  const framework = await frameworkFiles()
  const results: PageResult[] = []
  let about: Result | undefined
  for (const locale of LOCALES) {
    const url = `${stack.storefrontUrl}/${locale}${PAGE}`
    const measure = () => runLighthouse(url, { onlyCategories: ["accessibility", "performance"], extraHeaders: { Cookie: cookie } })
    console.warn(`${locale}: warm-up, then ${RUNS} runs of ${url}…`)
    await measure()
    const runs: Result[] = []
    for (let i = 0; i < RUNS; i++) runs.push(await measure())
    about = runs[0]
    results.push(readPage(locale, url, runs, framework))
  }
  await writeResults(results, about)
  printTable(results)
  return shutdown(0)
}

function printTable(results: PageResult[]) {
  console.warn(`\nlocale  scripts  total KB  framework KB  beyond framework KB (target ≤ ${TARGET_BEYOND_FRAMEWORK_KB})  accessibility`)
  for (const result of results) {
    const beyond = `${result.beyond_framework_kb}${result.beyond_framework_kb > TARGET_BEYOND_FRAMEWORK_KB ? " !" : ""}`
    console.warn(
      [result.locale.padEnd(6), String(result.scripts).padStart(7), String(result.total_kb).padStart(9), String(result.framework_kb).padStart(13), beyond.padStart(21), String(result.accessibility).padStart(33)].join(" "),
    )
  }
}

function option(args: string[], name: string): string | undefined {
  const at = args.findIndex((arg) => arg === name || arg.startsWith(`${name}=`))
  if (at === -1) return undefined
  return args[at].startsWith(`${name}=`) ? args[at].slice(name.length + 1) : args[at + 1]
}

async function memberToken(backendUrl: string): Promise<string> {
  const response = await fetch(`${backendUrl}/auth/cooperative_member/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(MEMBER),
  })
  const { token } = (await response.json()) as { token?: string }
  if (!response.ok || !token) throw new Error(`could not log in as ${MEMBER.email} at ${backendUrl} (HTTP ${response.status}): is the demo catalogue seeded?`)
  return token
}

/** The scripts every page of the storefront's build loads (`rootMainFiles` of Next's build manifest). */
async function frameworkFiles(): Promise<string[]> {
  const manifest = join(storefrontDir, ".next", "build-manifest.json")
  const { rootMainFiles } = JSON.parse(await readFile(manifest, "utf8")) as { rootMainFiles?: string[] }
  if (!rootMainFiles?.length) throw new Error(`${manifest} names no rootMainFiles: build the storefront (next build) first`)
  return rootMainFiles
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10

/** Scripts are the same in every run (one build), so the first run's are read; the score is the median. */
function readPage(locale: string, url: string, runs: Result[], framework: string[]): PageResult {
  // A refused cookie would measure the login page the portal redirects to.
  const landed = runs.find((run) => new URL(run.finalDisplayedUrl).pathname !== new URL(url).pathname)
  if (landed) throw new Error(`${url} ended on ${landed.finalDisplayedUrl}: the member's login was not accepted`)
  const requests = (runs[0].audits["network-requests"]?.details as { items?: { url: string; transferSize?: number; resourceType?: string }[] } | undefined)?.items
  if (!requests) throw new Error("Lighthouse reported no network requests")
  const scripts = requests.filter((request) => request.resourceType === "Script").map((request) => ({ url: request.url, bytes: request.transferSize ?? 0 }))
  const isFramework = (script: { url: string }) => framework.some((file) => new URL(script.url).pathname.endsWith(`/${file.replace(/^\/+/, "")}`))
  const sum = (list: { bytes: number }[]) => list.reduce((total, script) => total + script.bytes, 0)
  const own = scripts.filter((script) => !isFramework(script))
  const scores = runs.map((run) => Math.round((run.categories.accessibility?.score ?? 0) * 100)).sort((a, b) => a - b)
  const failing = (runs[0].categories.accessibility?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && (runs[0].audits[ref.id]?.score ?? 1) < 1)
    .map((ref) => `${ref.id}: ${runs[0].audits[ref.id]?.title}`)
  return {
    locale,
    url,
    measured_at: new Date().toISOString(),
    scripts: scripts.length,
    total_kb: kb(sum(scripts)),
    framework_kb: kb(sum(scripts) - sum(own)),
    beyond_framework_kb: kb(sum(own)),
    target_beyond_framework_kb: TARGET_BEYOND_FRAMEWORK_KB,
    accessibility: scores[Math.floor(scores.length / 2)],
    failing_accessibility_audits: failing,
    largest_beyond_framework: own
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 8)
      .map((script) => ({ url: new URL(script.url).pathname, kb: kb(script.bytes) })),
  }
}

async function writeResults(results: PageResult[], about: Result | undefined): Promise<void> {
  const file = join(repoRoot, "bench", "results", "portal-bundle.json")
  const report = {
    benchmark: "portal-bundle",
    date: new Date().toISOString(),
    lighthouse: about?.lighthouseVersion,
    browser: about?.environment.hostUserAgent,
    machine: describeMachine(),
    method: {
      page: PAGE,
      logged_in_as: `${MEMBER.email} (seeded cooperative owner)`,
      preset: "Lighthouse default (mobile): Moto G Power emulation, simulated throttling (slow 4G, 4x CPU slowdown)",
      runs_per_page: RUNS,
      warmup_runs_per_page: 1,
      scripts: "every Script request of the page load, transfer size as sent by next start (gzip), KB = 1024 bytes",
      framework: "scripts named by rootMainFiles in .next/build-manifest.json (React, React DOM, Next runtime), loaded by every page",
      accessibility: "median Lighthouse accessibility score over the runs",
      browser_flags: CHROME_FLAGS,
    },
    results,
  }
  await mkdir(join(repoRoot, "bench", "results"), { recursive: true })
  await writeFile(`${file}.tmp`, `${JSON.stringify(report, null, 2)}\n`)
  await rename(`${file}.tmp`, file)
  console.warn(`\nWritten to ${file}.`)
}
