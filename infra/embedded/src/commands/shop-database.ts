import { existsSync } from "node:fs"
import { join } from "node:path"
import { countProducts, databaseUrl, ensureDatabase, type Server } from "../database.js"
import { backendDir, dataDir, storefrontDir } from "../paths.js"
import { run, runLogged } from "../processes.js"

/** The dev shop's database: DATABASE_URL's own, or `tiwizi` on the embedded cluster. */
export function shopDatabase(server: Server): string {
  return server.database ?? "tiwizi"
}

/**
 * Brings the shop's database up to date: creates it, runs Medusa's migrations, and seeds the
 * demo catalogue when it holds no product yet (or when the storefront has no key to read it).
 */
export async function prepareShopDatabase(server: Server, env: NodeJS.ProcessEnv): Promise<void> {
  const database = shopDatabase(server)
  if (await ensureDatabase(server, database)) console.warn(`Created the database "${database}".`)
  await migrate(env)
  const products = await countProducts(server, database)
  if (products === 0 || !existsSync(join(storefrontDir, ".env.local"))) {
    await run("npx", ["medusa", "exec", "./src/scripts/seed.ts"], { cwd: backendDir, env })
  } else {
    console.warn(`The catalogue holds ${products} products: not seeding (run "npm run seed" to add what is missing).`)
  }
}

/** Runs Medusa's migrations (core modules, ours, links, search indexes), logging to a file. */
export async function migrate(env: NodeJS.ProcessEnv): Promise<void> {
  const started = Date.now()
  console.warn("Applying database migrations…")
  await runLogged("npx", ["medusa", "db:migrate"], join(dataDir, "logs", "migrate.log"), { cwd: backendDir, env })
  console.warn(`Migrations applied in ${Math.round((Date.now() - started) / 1000)} s.`)
}

/** The environment every child of a shop command gets. */
export function shopEnv(server: Server): NodeJS.ProcessEnv {
  return { ...process.env, DATABASE_URL: databaseUrl(server, shopDatabase(server)) }
}
