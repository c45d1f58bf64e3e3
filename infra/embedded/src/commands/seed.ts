import { ensureDatabase, openServer } from "../database.js"
import { backendDir } from "../paths.js"
import { onShutdown, run, shutdown } from "../processes.js"
import { migrate, shopDatabase, shopEnv } from "./shop-database.js"

/** `npm run seed`: migrations, then the idempotent seed (adds only what is missing). */
export async function seed(): Promise<never> {
  const server = await openServer("dev")
  onShutdown(() => server.stop())
  const env = shopEnv(server)
  await ensureDatabase(server, shopDatabase(server))
  await migrate(env)
  await run("npx", ["medusa", "exec", "./src/scripts/seed.ts"], { cwd: backendDir, env })
  return shutdown(0)
}
