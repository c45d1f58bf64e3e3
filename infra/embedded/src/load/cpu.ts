import { readdir, readFile } from "node:fs/promises"
import os from "node:os"
import type { Cluster } from "../cluster.js"

/** A process as /proc/<pid>/stat describes it, with its CPU time so far. */
export type ProcessInfo = { pid: number; pgid: number; name: string; ticks: number }

/** Components whose CPU a run reports, each recognised by a test on its processes (first match wins). */
export type Components = [name: string, owns: (process: ProcessInfo) => boolean][]

/** CPU time so far of every process, by pid, with the component it belongs to (if any). */
type Snapshot = { at: number; busy: number; total: number; processes: Map<number, { component?: string; ticks: number }> }

/** Linux's clock ticks per second (`getconf CLK_TCK`), the unit of /proc's CPU times. */
const TICKS_PER_SECOND = 100

async function processes(): Promise<ProcessInfo[]> {
  const found: ProcessInfo[] = []
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "")
    const close = stat.lastIndexOf(")")
    if (close < 0) continue
    // After the name: state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime.
    const fields = stat.slice(close + 2).split(" ")
    found.push({ pid: Number(entry), pgid: Number(fields[2]), name: stat.slice(stat.indexOf("(") + 1, close), ticks: Number(fields[11]) + Number(fields[12]) })
  }
  return found
}

async function machineTicks(): Promise<{ busy: number; total: number }> {
  const [, ...values] = (await readFile("/proc/stat", "utf8")).split("\n")[0].trim().split(/\s+/).map(Number)
  const total = values.slice(0, 8).reduce((sum, value) => sum + value, 0)
  // idle and iowait are the time no process ran.
  return { busy: total - values[3] - values[4], total }
}

/** CPU time so far of every process and of the whole machine. */
export async function snapshot(components: Components): Promise<Snapshot> {
  const found = new Map<number, { component?: string; ticks: number }>()
  for (const info of await processes()) found.set(info.pid, { component: components.find(([, owns]) => owns(info))?.[0], ticks: info.ticks })
  return { at: performance.now(), ...(await machineTicks()), processes: found }
}

/**
 * CPU used between two snapshots, in percent of one core (200 is both cores of a 2-core machine
 * busy): per component, `other` for everything else that ran (other jobs, the kernel), and the
 * machine's total. Counted per process: one that started during the interval counts whole, one
 * that ended during it (a closed database connection) is missed, and shows in `other`.
 */
export function cpuBetween(components: Components, before: Snapshot, after: Snapshot): Record<string, number> {
  const seconds = (after.at - before.at) / 1000
  const percent = (ticks: number) => Math.round((ticks / TICKS_PER_SECOND / seconds) * 100)
  const ticks = new Map<string, number>(components.map(([name]) => [name, 0]))
  for (const [pid, { component, ticks: now }] of after.processes) {
    if (component) ticks.set(component, (ticks.get(component) ?? 0) + now - (before.processes.get(pid)?.ticks ?? 0))
  }
  const usage = Object.fromEntries([...ticks].map(([name, value]) => [name, percent(value)]))
  const machine = Math.round(((after.busy - before.busy) / (after.total - before.total)) * os.cpus().length * 100)
  const counted = Object.values(usage).reduce((sum, value) => sum + value, 0)
  return { ...usage, other: Math.max(0, machine - counted), machine }
}

/** The components of a cluster: each server and the worker (their process groups), PostgreSQL and Redis, and this process as `self`. */
export function clusterComponents(cluster: Cluster, self: string): Components {
  return [
    ...cluster.servers.map((server): Components[number] => [server.name, (info) => info.pgid === server.process.pid]),
    ["worker", (info) => info.pgid === cluster.worker.process.pid],
    [self, (info) => info.pid === process.pid],
    ["postgres", (info) => info.name === "postgres"],
    ["redis", (info) => info.name.startsWith("redis-server")],
  ]
}
