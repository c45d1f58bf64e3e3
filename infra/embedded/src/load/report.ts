import { mkdir, rename, writeFile } from "node:fs/promises"
import { dirname } from "node:path"
import type { Figures } from "./measure.js"

/** One measured run: autocannon's figures, where the proxy sent them, and who used the CPU. */
export type RunResult = Figures & {
  seconds: number
  /** Requests the proxy sent to each server during the run. */
  per_server: Record<string, number>
  /** CPU per component during the run, in percent of one core (the machine has 100 per core). */
  cpu_percent_of_one_core: Record<string, number>
  /** The mixed run only: the same figures for each kind of request within it. */
  by_kind?: Record<string, Figures>
}

export type TopologyResults = Record<string, RunResult>

/** Issue 8: checkouts per second with two servers over one, on this machine. */
export const TARGET_CHECKOUT_RATIO = 1.6

const leading = (cpu: Record<string, number>): string =>
  Object.entries(cpu)
    .filter(([name, value]) => name !== "machine" && value >= 5)
    .sort(([, a], [, b]) => b - a)
    .map(([name, value]) => `${name} ${value}%`)
    .join(", ")

/** What one checkout costs the machine, and the checkouts per second its cores can give at most. */
export type CheckoutBound = {
  /** CPU milliseconds per checkout by component, from the one-server run. */
  cpu_ms_per_checkout: Record<string, number>
  /** The cores' capacity over that cost: the most checkouts/s this machine can do, with any number of servers. */
  machine_ceiling_per_s: number
  /** Cores that one server's checkouts/s times the target ratio would need at that cost. */
  cores_for_target: number
}

/** CPU per checkout and the machine's ceiling, read from the one-server checkout run. */
export function checkoutBound(one: RunResult, cores: number): CheckoutBound {
  // A percent of one core is 10 ms of CPU each second.
  const msPer = (percent: number) => Math.round((percent * 10) / one.requests_per_s)
  const cpu_ms_per_checkout = Object.fromEntries(Object.entries(one.cpu_percent_of_one_core).filter(([, value]) => value > 0).map(([name, value]) => [name, msPer(value)]))
  const total = cpu_ms_per_checkout.machine
  return {
    cpu_ms_per_checkout,
    machine_ceiling_per_s: Math.round(((cores * 1000) / total) * 10) / 10,
    cores_for_target: Math.round(((one.requests_per_s * TARGET_CHECKOUT_RATIO * total) / 1000) * 10) / 10,
  }
}

/**
 * Why checkout throughput scales as it does, from the CPU each component used during the two
 * checkout runs: written into the results so that a ratio below target comes with its reason.
 */
export function checkoutNote(one: RunResult, two: RunResult, cores: number): string {
  const ratio = two.requests_per_s / one.requests_per_s
  const figures = [one, two].map((run, index) => `${index + 1} server${index ? "s" : ""}: ${run.requests_per_s} checkouts/s, CPU ${run.cpu_percent_of_one_core.machine}% of ${cores * 100}% (${leading(run.cpu_percent_of_one_core)})`)
  const measured = `Measured, in % of one core: ${figures.join("; ")}.`
  if (ratio >= TARGET_CHECKOUT_RATIO) return `Two servers complete ${ratio.toFixed(2)}× the checkouts of one (target ${TARGET_CHECKOUT_RATIO}×). ${measured}`
  const bound = checkoutBound(one, cores)
  const { machine, ...parts } = bound.cpu_ms_per_checkout
  const cost = Object.entries(parts).sort(([, a], [, b]) => b - a).map(([name, ms]) => `${name} ${ms} ms`).join(", ")
  const [single, singleCpu] = Object.entries(one.cpu_percent_of_one_core).find(([name]) => name.startsWith("server-")) ?? ["server", 0]
  const twoBusy = two.cpu_percent_of_one_core.machine >= cores * 100 * 0.85
  return [
    `Two servers complete ${ratio.toFixed(2)}× the checkouts of one, below the ${TARGET_CHECKOUT_RATIO}× target, because the machine's CPU is the bound:`,
    `a checkout costs about ${machine} ms of CPU in all (${cost}), so ${cores} cores complete at most ${bound.machine_ceiling_per_s} checkouts/s whatever the number of servers.`,
    `One server already completes ${one.requests_per_s}/s (${Math.round((one.requests_per_s / bound.machine_ceiling_per_s) * 100)}% of that), its process at ${singleCpu}% of a core (${single}: Node runs a server's JavaScript on one thread);`,
    twoBusy
      ? `with two servers the cores are ${two.cpu_percent_of_one_core.machine}% busy and the worker, PostgreSQL and Redis still take their part of each checkout, so the second server only splits what is left.`
      : `with two servers the cores are ${two.cpu_percent_of_one_core.machine}% busy only: the rest of the wait is elsewhere (locks in PostgreSQL or Redis, the worker).`,
    `${TARGET_CHECKOUT_RATIO}× would take about ${bound.cores_for_target} cores at this cost. ${measured}`,
  ].join(" ")
}

/** Prints one row per topology and scenario, then the mixed run's kinds. */
export function printTable(results: Record<string, TopologyResults>): void {
  const rows = [["servers", "scenario", "req/s", "p50 ms", "p95 ms", "p99 ms", "requests", "errors", "non-2xx", "failed", "CPU % (of 200)"]]
  for (const [topology, runs] of Object.entries(results)) {
    for (const [scenario, run] of Object.entries(runs)) {
      rows.push([
        topology.replace("_", " "),
        scenario,
        String(run.requests_per_s),
        String(run.p50_ms),
        String(run.p95_ms),
        String(run.p99_ms),
        String(run.requests),
        String(run.errors),
        String(run.non_2xx),
        String(run.failed),
        String(run.cpu_percent_of_one_core.machine),
      ])
      for (const [kind, figures] of Object.entries(run.by_kind ?? {})) {
        rows.push(["", `  ${kind}`, String(figures.requests_per_s), String(figures.p50_ms), String(figures.p95_ms), String(figures.p99_ms), String(figures.requests), "", String(figures.non_2xx), String(figures.failed), ""])
      }
    }
  }
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)))
  console.warn("")
  for (const row of rows) console.warn(row.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  "))
}

/** Writes the report as JSON, atomically (a crash leaves the previous file whole). */
export async function writeReport(file: string, report: object): Promise<void> {
  await mkdir(dirname(file), { recursive: true })
  await writeFile(`${file}.tmp`, `${JSON.stringify(report, null, 2)}\n`)
  await rename(`${file}.tmp`, file)
}
