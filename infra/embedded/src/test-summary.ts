import { existsSync } from "node:fs"
import { readdir, readFile } from "node:fs/promises"
import { join } from "node:path"

export type SuiteResult = { suite: string; passed: number; failed: number; skipped: number; failures: string[]; flaky: string[] }

type PlaywrightSuite = {
  title: string
  suites?: PlaywrightSuite[]
  specs?: { title: string; file: string; tests: { status: string }[] }[]
}

/** Playwright's specs whose tests ended with `status`, as "file › describe › title". */
function playwrightTests(suites: PlaywrightSuite[] = [], status: string, path: string[] = []): string[] {
  return suites.flatMap((suite) => {
    const here = suite.title ? [...path, suite.title] : path
    const specs = (suite.specs ?? [])
      .filter((spec) => spec.tests.some((test) => test.status === status))
      .map((spec) => [...here, spec.title].join(" › "))
    return [...specs, ...playwrightTests(suite.suites, status, here)]
  })
}

/**
 * Reads the JSON reports the suites write into `dir`: vitest's (jest-compatible `numPassedTests`
 * …) and Playwright's (`stats.expected` …).
 */
export async function readReports(dir: string): Promise<SuiteResult[]> {
  if (!existsSync(dir)) return []
  const files = (await readdir(dir)).filter((file) => file.endsWith(".json")).sort()
  return Promise.all(
    files.map(async (file) => {
      const report = JSON.parse(await readFile(join(dir, file), "utf8"))
      const suite = file.replace(/\.json$/, "")
      if (report.stats && "expected" in report.stats) {
        const { expected, unexpected, flaky, skipped } = report.stats
        return {
          suite,
          passed: expected + flaky,
          failed: unexpected,
          skipped,
          failures: playwrightTests(report.suites, "unexpected"),
          flaky: playwrightTests(report.suites, "flaky"),
        }
      }
      type Assertion = { status: string; fullName: string }
      const assertions: Assertion[] = (report.testResults ?? []).flatMap((file: { assertionResults?: Assertion[] }) => file.assertionResults ?? [])
      return {
        suite,
        passed: report.numPassedTests ?? 0,
        failed: report.numFailedTests ?? 0,
        skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
        failures: assertions.filter((assertion) => assertion.status === "failed").map((assertion) => assertion.fullName),
        flaky: [],
      }
    }),
  )
}

/**
 * The tests that failed, and those that passed only on a retry (flaky), by name, then a table
 * of the suites and the closing `N passed, N failed` line CI reads.
 */
export function formatSummary(results: SuiteResult[], missing: string[]): string {
  const total = (key: "passed" | "failed" | "skipped") => results.reduce((sum, result) => sum + result[key], 0)
  const rows = results.map((r) => `  ${r.suite.padEnd(22)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(4)} failed ${String(r.skipped).padStart(4)} skipped`)
  for (const suite of missing) rows.push(`  ${suite.padEnd(22)} wrote no report: it crashed or did not run (counted as 1 failure)`)
  const skipped = total("skipped")
  const named = (label: string, key: "failures" | "flaky") =>
    results.flatMap((r) => r[key].map((name) => `  ${label} [${r.suite}] ${name}`))
  return [
    ...named("FAILED", "failures"),
    ...named("flaky ", "flaky"),
    "Test suites:",
    ...rows,
    `${total("passed")} passed, ${total("failed") + missing.length} failed${skipped ? `, ${skipped} skipped` : ""}`,
  ].join("\n")
}
