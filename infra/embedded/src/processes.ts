import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process"
import { openSync, readFileSync } from "node:fs"
import { mkdir, readdir, readFile } from "node:fs/promises"
import { dirname } from "node:path"
import { repoRoot } from "./paths.js"

const running = new Set<ChildProcess>()

/**
 * Medusa and Next.js send their usage telemetry from detached processes as they exit, which would
 * outlive Ctrl-C; they are off unless the environment says otherwise.
 */
const telemetryOff = { MEDUSA_DISABLE_TELEMETRY: "true", NEXT_TELEMETRY_DISABLED: "1" }
const cleanups: (() => Promise<void>)[] = []
let stopping: { code: number; done: Promise<void> } | undefined

/**
 * Starts a long-running command in its own process group, so that stopping it reaches the
 * whole tree it starts (turbo → medusa → workers). Output goes to this terminal.
 */
export function start(command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  const env = { ...telemetryOff, ...(options.env ?? process.env) }
  const child = spawn(command, args, { stdio: "inherit", detached: true, ...options, env })
  running.add(child)
  child.once("exit", () => running.delete(child))
  return child
}

/** Runs a command to completion; rejects with the command line when it fails. */
export async function run(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  const code = await exitOf(start(command, args, options))
  if (code !== 0) throw new Error(`"${[command, ...args].join(" ")}" failed (exit ${code})`)
}

/**
 * Runs a chatty command (migrations print hundreds of lines) with its output in `logFile`;
 * on failure, shows the end of that log.
 */
export async function runLogged(command: string, args: string[], logFile: string, options: SpawnOptions = {}): Promise<void> {
  await mkdir(dirname(logFile), { recursive: true })
  const out = openSync(logFile, "w")
  const code = await exitOf(start(command, args, { ...options, stdio: ["ignore", out, out] }))
  if (code !== 0) {
    const tail = readFileSync(logFile, "utf8").trimEnd().split("\n").slice(-30).join("\n")
    throw new Error(`"${[command, ...args].join(" ")}" failed (exit ${code}); the end of ${logFile}:\n${tail}`)
  }
}

/** Resolves with the exit code of `child` (128 + signal number style codes become 1). */
export function exitOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    // A child killed by a signal has no exit code, only a signal code.
    if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode ?? 1)
    child.once("exit", (code) => resolve(code ?? 1))
  })
}

/** Registers work to do after every child has stopped (e.g. stopping PostgreSQL). */
export function onShutdown(cleanup: () => Promise<void>): void {
  cleanups.unshift(cleanup)
}

/**
 * Stops every child (SIGINT, then SIGKILL after `graceMs`), runs the cleanups and exits.
 * Ctrl-C and SIGTERM both lead here, as does the end of a command; a second call (say, the
 * command noticing its child has exited because of that Ctrl-C) waits for the first to finish.
 */
export async function shutdown(exitCode: number, graceMs = 20_000): Promise<never> {
  stopping ??= { code: exitCode, done: stopAll(graceMs) }
  await stopping.done
  process.exit(stopping.code)
}

async function stopAll(graceMs: number): Promise<void> {
  const children = [...running]
  // turbo starts each task in a process group of its own: collect every group below our
  // children now, while the tree is intact, and wait for all of them, not just for turbo.
  const groups = new Set<number>()
  for (const child of children) {
    if (child.pid === undefined) continue
    groups.add(child.pid)
    for (const group of await descendantGroups(child.pid)) groups.add(group)
  }
  for (const child of children) signalGroup(child, "SIGINT")
  const timer = setTimeout(() => groups.forEach((group) => signal(group, "SIGKILL")), graceMs)
  // Wait for whole groups, not just their leaders: Medusa's dev server, for one, is a forked
  // child that finishes its graceful shutdown after its parent has gone.
  await Promise.all(children.map(exitOf))
  while ([...groups].some(groupAlive)) await new Promise((resolve) => setTimeout(resolve, 200))
  clearTimeout(timer)
  await stragglersGone(5_000)
  for (const cleanup of cleanups) await cleanup().catch((error) => console.error(error))
}

/** The process groups of every process below `pid`, read from /proc. */
async function descendantGroups(pid: number): Promise<number[]> {
  const tree = new Map<number, { ppid: number; pgid: number }>()
  for (const name of await readdir("/proc").catch(() => [])) {
    if (!/^\d+$/.test(name)) continue
    const stat = await readFile(`/proc/${name}/stat`, "utf8").catch(() => "")
    const [, ppid, pgid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
    if (ppid) tree.set(Number(name), { ppid: Number(ppid), pgid: Number(pgid) })
  }
  const groups: number[] = []
  const queue = [pid]
  while (queue.length) {
    const parent = queue.shift()
    for (const [child, info] of tree) {
      if (info.ppid !== parent) continue
      groups.push(info.pgid)
      queue.push(child)
    }
  }
  return groups
}

/**
 * Next.js and Medusa flush their telemetry from detached processes (their own groups) as they
 * exit; wait a moment for anything still running from this checkout. Nothing is killed here:
 * an editor's language server may match too.
 */
async function stragglersGone(timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline && (await processesFromCheckout()).length) {
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/** Processes whose command line names this checkout, outside this process's own group. */
async function processesFromCheckout(): Promise<number[]> {
  const ownGroup = await groupOf("self")
  const pids = (await readdir("/proc").catch(() => [])).filter((name) => /^\d+$/.test(name))
  const found: number[] = []
  for (const pid of pids) {
    // PostgreSQL is started in this group and is stopped after this wait.
    if ((await groupOf(pid)) === ownGroup) continue
    const cmdline = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "")
    if (cmdline.includes(repoRoot)) found.push(Number(pid))
  }
  return found
}

/** The process group in /proc/<pid>/stat (the field after the state, ppid). */
async function groupOf(pid: string): Promise<string | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "")
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0)
    return true
  } catch {
    return false
  }
}

function signalGroup(child: ChildProcess, name: NodeJS.Signals): void {
  if (child.pid !== undefined) signal(child.pid, name)
}

function signal(pgid: number, name: NodeJS.Signals): void {
  try {
    process.kill(-pgid, name)
  } catch {
    // The group is already gone.
  }
}

/** Makes Ctrl-C and SIGTERM stop everything this process started. */
export function stopOnSignals(): void {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      if (stopping) {
        for (const child of running) signalGroup(child, "SIGKILL")
        return
      }
      console.error(`\n${signal}: stopping every process this command started…`)
      void shutdown(130)
    })
  }
}
