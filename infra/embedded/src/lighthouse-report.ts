import type { Result } from "lighthouse"

// What `npm run bench:lighthouse` keeps of each Lighthouse run, how it sums runs up per page,
// and the table it prints.

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const
export type Category = (typeof CATEGORIES)[number]
/** Issue 4's gates (accessibility, SEO, best practices) and DESIGN.md's performance target. */
export const TARGETS: Record<Category, number> = { performance: 95, accessibility: 100, "best-practices": 95, seo: 100 }
export const METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"]

export type Run = { scores: Record<Category, number>; metrics: Record<string, number>; failing: Record<Category, FailingAudit[]> }
export type FailingAudit = { id: string; title: string; score: number; display?: string; explanation?: string; where: string[] }
export type PageResult = {
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

export function readRun(lhr: Result): Run {
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
export function failingAudits(lhr: Result, category: Category): FailingAudit[] {
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
export function placesOf(details: Result["audits"][string]["details"]): string[] {
  if (!details || !("items" in details) || !Array.isArray(details.items)) return []
  const places = details.items.map((item) => {
    const entry = item as { node?: { selector?: string; snippet?: string }; url?: unknown; source?: { url?: string } }
    return entry.node?.selector ?? entry.node?.snippet ?? (typeof entry.url === "string" ? entry.url : entry.source?.url)
  })
  return [...new Set(places.filter((place): place is string => !!place))].slice(0, 5)
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : round((sorted[middle - 1] + sorted[middle]) / 2)
}

export function summarise(locale: string, page: string, url: string, runs: Run[]): Omit<PageResult, "stack"> {
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

export const round = (value: number) => Math.round(value * 1000) / 1000

export function printTable(results: PageResult[]): void {
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
  console.warn(`\nLighthouse mobile, median of ${results[0]?.runs.length ?? 0} runs (each run in brackets); "!" is below target (${CATEGORIES.map((c) => `${c} ${TARGETS[c]}`).join(", ")})`)
  for (const row of rows) console.warn(row.map((cell, column) => cell.padEnd(widths[column])).join("  "))
  for (const result of results) {
    for (const [category, audits] of Object.entries(result.failing_audits)) {
      console.warn(`\n${result.locale} ${result.page}, ${category} ${result.median[category as Category]} — failing audits:`)
      for (const audit of audits) {
        const display = audit.display ? ` (${audit.display})` : ""
        console.warn(`  ${audit.id}: ${audit.title}${display}, score ${audit.score}, in ${audit.runs}/${result.runs.length} runs`)
        if (audit.explanation) console.warn(`      ${audit.explanation}`)
        for (const place of audit.where) console.warn(`      ${place}`)
      }
    }
  }
}
