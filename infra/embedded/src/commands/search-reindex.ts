import { ensureDatabase, openServer } from "../database.js"
import { backendDir } from "../paths.js"
import { onShutdown, run, shutdown } from "../processes.js"
import { migrate, shopDatabase, shopEnv } from "./shop-database.js"

/** `npm run search:reindex`: migrations (search index definitions included), then a full rebuild with a progress bar. */
export async function searchReindex(): Promise<never> {
  const server = await openServer("dev")
  onShutdown(() => server.stop())
  const env = shopEnv(server)
  await ensureDatabase(server, shopDatabase(server))
  await migrate(env)
  await run("npx", ["medusa", "exec", "./src/scripts/search-reindex.ts"], { cwd: backendDir, env })
  return shutdown(0)
}
