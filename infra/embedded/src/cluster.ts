import type { ChildProcess } from "node:child_process"
import { openSync } from "node:fs"
import { mkdir } from "node:fs/promises"
import { createConnection } from "node:net"
import { join } from "node:path"
import { databaseUrl, recreateDatabase, withClient, type Server } from "./database.js"
import { backendDir, dataDir, repoRoot } from "./paths.js"
import { onShutdown, runLogged, start } from "./processes.js"
import { freePort, generatedSecrets, readEnvFile, waitForServer } from "./servers.js"

/** One Medusa process of the cluster. */
export type Instance = { name: string; url: string; port: number; log: string; process: ChildProcess }

/** The production topology on this machine: servers and a worker on shared PostgreSQL and Redis. */
export type Cluster = {
  database: string
  databaseUrl: string
  redisUrl: string
  publishableKey: string
  servers: Instance[]
  worker: Instance
  /** The environment every instance runs with (NODE_ENV=production, real secrets, Redis). */
  env: NodeJS.ProcessEnv
  /** Starts one more instance in `mode` and waits until it answers. */
  startInstance(name: string, mode: "server" | "worker"): Promise<Instance>
}

/**
 * The machine's own PostgreSQL (DATABASE_URL's server, or 127.0.0.1:5432 as `postgres`) and Redis
 * (REDIS_URL's, or 127.0.0.1:6379), with the Redis database `redisDb` emptied: production
 * checks run on real servers, never on the embedded PostgreSQL.
 */
export async function localServices(redisDb: number): Promise<{ server: Server; redisUrl: string }> {
  const url = new URL(process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres")
  const server: Server = {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username || "postgres"),
    password: decodeURIComponent(url.password),
    stop: async () => {},
  }
  await withClient(server, (client) => client.query("select 1")).catch((error: Error) => {
    throw new Error(`no PostgreSQL at ${server.host}:${server.port} (${error.message}); set DATABASE_URL to one`)
  })
  const redis = new URL(process.env.REDIS_URL ?? "redis://127.0.0.1:6379")
  redis.pathname = `/${redisDb}`
  await redisCommands(redis, [`SELECT ${redisDb}`, "FLUSHDB"]).catch((error: Error) => {
    throw new Error(`no Redis at ${redis.host} (${error.message}); set REDIS_URL to one`)
  })
  return { server, redisUrl: redis.toString() }
}

/** Sends inline commands to Redis and resolves when each has answered; an error reply rejects. */
function redisCommands(url: URL, commands: string[]): Promise<void> {
  const all = url.password ? [`AUTH ${decodeURIComponent(url.password)}`, ...commands] : commands
  return new Promise((resolve, reject) => {
    const socket = createConnection({ host: url.hostname, port: Number(url.port || 6379) })
    let replies = ""
    socket.setTimeout(5000, () => socket.destroy(new Error("timed out")))
    socket.once("error", reject)
    socket.on("data", (chunk) => {
      replies += chunk.toString()
      const lines = replies.split("\r\n").filter(Boolean)
      const failed = lines.find((line) => line.startsWith("-"))
      if (failed) socket.destroy(new Error(failed.slice(1)))
      else if (lines.length >= all.length) {
        socket.end()
        resolve()
      }
    })
    socket.write(all.map((command) => `${command}\r\n`).join(""))
  })
}

/**
 * Starts the production topology for `name`: a fresh `tiwizi_<name>` database, migrated and seeded
 * with the demo catalogue, then one worker and `servers` servers, each its own
 * `medusa start` process with NODE_ENV=production, generated secrets, and Redis. Logs go to
 * .data/logs/<name>-<instance>.log; everything stops with the command.
 */
export async function startCluster(name: string, options: { servers: number; redisDb: number; logLevel: string }): Promise<Cluster> {
  const { server, redisUrl } = await localServices(options.redisDb)
  const database = `tiwizi_${name}`
  await recreateDatabase(server, database)
  onShutdown(() => redisCommands(new URL(redisUrl), [`SELECT ${options.redisDb}`, "FLUSHDB"]).catch(() => {}))
  const workDir = join(dataDir, name)
  const logs = join(dataDir, "logs")
  await mkdir(workDir, { recursive: true })
  await mkdir(logs, { recursive: true })
  const url = databaseUrl(server, database)
  const envFile = join(workDir, "storefront.env")
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: url,
    REDIS_URL: redisUrl,
    ...generatedSecrets(),
    STOREFRONT_URL: "http://localhost:8000",
    DISABLE_MEDUSA_ADMIN: "true",
    LOG_LEVEL: options.logLevel,
    NOTIFICATIONS_FILE: join(workDir, "outbox.jsonl"),
    NOTIFICATIONS_SMS_FILE: join(workDir, "sms.jsonl"),
  }
  console.warn(`Migrating "${database}" with the production modules…`)
  await runLogged("npx", ["medusa", "db:migrate"], join(logs, `${name}-migrate.log`), { cwd: backendDir, env: { ...env, MEDUSA_BACKEND_URL: "http://127.0.0.1" } })
  // The demo catalogue is this check's fixture: seeded in-process (no Redis), so that its search
  // index is complete before any instance starts.
  console.warn(`Seeding the demo catalogue (about a minute; log in ${join(logs, `${name}-seed.log`)})…`)
  await runLogged("npx", ["medusa", "exec", "./src/scripts/seed.ts"], join(logs, `${name}-seed.log`), {
    cwd: backendDir,
    env: { ...process.env, DATABASE_URL: url, TIWIZI_STOREFRONT_ENV_FILE: envFile, NOTIFICATIONS_FILE: env.NOTIFICATIONS_FILE },
  })

  const startInstance = async (instance: string, mode: "server" | "worker"): Promise<Instance> => {
    const port = await freePort()
    const instanceUrl = `http://127.0.0.1:${port}`
    const log = join(logs, `${name}-${instance}.log`)
    const out = openSync(log, "w")
    // The CLI itself, not npx: a signal to the process group reaches Medusa, not an npm wrapper.
    const child = start(join(repoRoot, "node_modules", ".bin", "medusa"), ["start", "--host", "127.0.0.1", "--port", String(port)], {
      cwd: backendDir,
      env: { ...env, MEDUSA_WORKER_MODE: mode, PORT: String(port), MEDUSA_BACKEND_URL: instanceUrl },
      stdio: ["ignore", out, out],
    })
    await waitForServer(`${instanceUrl}/health`, child, log)
    return { name: instance, url: instanceUrl, port, log, process: child }
  }
  console.warn(`Starting a worker and ${options.servers} server(s) (NODE_ENV=production, Redis ${redisUrl})…`)
  const worker = await startInstance("worker", "worker")
  const servers = await Promise.all(Array.from({ length: options.servers }, (_, index) => startInstance(`server-${index + 1}`, "server")))
  const publishableKey = readEnvFile(envFile).MEDUSA_PUBLISHABLE_KEY
  if (!publishableKey) throw new Error(`the seed wrote no publishable key into ${envFile}`)
  return { database, databaseUrl: url, redisUrl, publishableKey, servers, worker, env, startInstance }
}
