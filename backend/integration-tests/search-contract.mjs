// `npm run test:search-contract` (backend): the search suite that PostgreSQL passes in `npm test`,
// run against the Meilisearch server named by MEILISEARCH_HOST (the backend then searches
// through our Meilisearch provider). Needs the same database settings as the other HTTP tests.
import { spawnSync } from "node:child_process"

if (!process.env.MEILISEARCH_HOST) {
  console.error(
    "The search contract suite runs against a Meilisearch server: set MEILISEARCH_HOST (and MEILISEARCH_API_KEY),\n" +
      "e.g. MEILISEARCH_HOST=http://127.0.0.1:7700 MEILISEARCH_API_KEY=... npm run test:search-contract -w @tiwizi/backend",
  )
  process.exit(1)
}
const run = spawnSync("npx", ["vitest", "run", "--project", "http", "integration-tests/http/search.spec.ts"], { stdio: "inherit" })
process.exit(run.status ?? 1)
