import { openServer } from "../database.js"
import { join } from "node:path"
import { repoRoot } from "../paths.js"
import { exitOf, onShutdown, shutdown, start } from "../processes.js"
import { prepareShopDatabase, shopEnv } from "./shop-database.js"

/**
 * `npm run dev`: PostgreSQL (embedded unless DATABASE_URL) → migrations → seed if empty →
 * backend on :9000 and storefront on :8000 through turbo. Ctrl-C stops all of it.
 */
export async function dev(): Promise<never> {
  const server = await openServer("dev")
  onShutdown(() => server.stop())
  const env = shopEnv(server)
  await prepareShopDatabase(server, env)
  const password = process.env.DEMO_PASSWORD ?? "tiwizi-demo"
  console.warn(
    [
      "",
      "Tiwizi is starting:",
      "  storefront   http://localhost:8000  (fr, ar, en)",
      "  backend      http://localhost:9000  (health: /health)",
      "  staff admin  http://localhost:9000/app",
      `  demo accounts (dev only): admin@tiwizi.local / ${password} (staff), client@tiwizi.local / ${password} (customer)`,
      "  Ctrl-C stops everything, PostgreSQL included.",
      "",
    ].join("\n"),
  )
  // turbo itself, not through npx: npx quits at once on Ctrl-C, before turbo has stopped.
  const turbo = start(join(repoRoot, "node_modules", ".bin", "turbo"), ["run", "dev", "--filter=@tiwizi/backend", "--filter=@tiwizi/storefront"], {
    cwd: repoRoot,
    env,
  })
  return shutdown(await exitOf(turbo))
}
