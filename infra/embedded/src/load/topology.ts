import { readFileSync } from "node:fs"
import { createConnection } from "node:net"
import { join } from "node:path"
import pg from "pg"
import { repoRoot } from "../paths.js"

/** The PostgreSQL server's version (`SHOW server_version`). */
export async function postgresVersion(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return (await client.query("SHOW server_version")).rows[0].server_version
  } finally {
    await client.end()
  }
}

/** The Redis server's version, from `INFO server`; undefined when it does not answer within 5 s. */
export function redisVersion(redisUrl: string): Promise<string | undefined> {
  const url = new URL(redisUrl)
  return new Promise((resolve) => {
    const socket = createConnection({ host: url.hostname, port: Number(url.port || 6379) })
    let reply = ""
    socket.setTimeout(5000, () => socket.destroy())
    socket.once("error", () => resolve(undefined))
    socket.once("close", () => resolve(/redis_version:(\S+)/.exec(reply)?.[1]))
    socket.on("data", (chunk) => {
      reply += chunk.toString()
      if (/redis_version:\S+\r\n/.test(reply)) socket.end()
    })
    socket.write("INFO server\r\n")
  })
}

/** The Medusa version the backend runs. */
export function medusaVersion(): string {
  return JSON.parse(readFileSync(join(repoRoot, "node_modules", "@medusajs", "medusa", "package.json"), "utf8")).version
}
