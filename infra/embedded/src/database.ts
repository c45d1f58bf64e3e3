import pg from "pg"
import { startEmbeddedPostgres } from "./embedded-postgres.js"

/** A PostgreSQL server the commands use: the one in DATABASE_URL, or an embedded one. */
export type Server = {
  host: string
  port: number
  user: string
  password: string
  /** The database named in DATABASE_URL, if one was given. */
  database?: string
  /** Stops the server if this process started it; a no-op for DATABASE_URL's server. */
  stop(): Promise<void>
}

/** Ports of the embedded clusters: away from 5432 so they never meet a system PostgreSQL. */
const embeddedPorts = { dev: 54320, test: 54330 } as const

/**
 * The server named by DATABASE_URL when it is set (nothing is started), otherwise the embedded
 * cluster `instance`, started now. `dev` and `test` are separate clusters, so tests can run while
 * the shop is up.
 */
export async function openServer(instance: keyof typeof embeddedPorts): Promise<Server> {
  const given = process.env.DATABASE_URL
  if (given) {
    const url = new URL(given)
    return {
      host: url.hostname,
      port: Number(url.port || 5432),
      user: decodeURIComponent(url.username || "postgres"),
      password: decodeURIComponent(url.password),
      database: url.pathname.slice(1) || undefined,
      stop: async () => {},
    }
  }
  // TIWIZI_PG_PORT moves both clusters: dev on it, test ten above.
  const base = Number(process.env.TIWIZI_PG_PORT ?? embeddedPorts.dev)
  return startEmbeddedPostgres(instance, base + embeddedPorts[instance] - embeddedPorts.dev)
}

/** The connection URL of `database` on `server`. */
export function databaseUrl(server: Server, database: string): string {
  const auth = `${encodeURIComponent(server.user)}:${encodeURIComponent(server.password)}`
  return `postgres://${auth}@${server.host}:${server.port}/${database}`
}

/** Runs `work` with a client connected to `database` (the maintenance database by default). */
export async function withClient<T>(server: Server, work: (client: pg.Client) => Promise<T>, database = "postgres"): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl(server, database) })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** Creates `database` unless it exists. Returns whether it was created. */
export async function ensureDatabase(server: Server, database: string): Promise<boolean> {
  return withClient(server, async (client) => {
    const found = await client.query("select 1 from pg_database where datname = $1", [database])
    if (found.rowCount) return false
    await client.query(`create database "${database.replaceAll('"', '""')}"`)
    return true
  })
}

/** Drops `database` (closing its connections) and creates it empty. */
export async function recreateDatabase(server: Server, database: string): Promise<void> {
  await withClient(server, async (client) => {
    await client.query(`drop database if exists "${database.replaceAll('"', '""')}" with (force)`)
  })
  await ensureDatabase(server, database)
}

/** How many products the shop's database holds; 0 before the first migration. */
export async function countProducts(server: Server, database: string): Promise<number> {
  return withClient(
    server,
    async (client) => {
      const table = await client.query("select to_regclass('public.product') as t")
      if (!table.rows[0].t) return 0
      const result = await client.query("select count(*)::int as n from product where deleted_at is null")
      return result.rows[0].n
    },
    database,
  )
}
