#!/usr/bin/env node
import { benchBids } from "./commands/bench-bids.js"
import { benchLighthouse } from "./commands/bench-lighthouse.js"
import { benchLoad } from "./commands/bench-load.js"
import { benchPortal } from "./commands/bench-portal.js"
import { benchSearch } from "./commands/bench-search.js"
import { dev } from "./commands/dev.js"
import { e2eStack } from "./commands/e2e-stack.js"
import { searchReindex } from "./commands/search-reindex.js"
import { seed } from "./commands/seed.js"
import { printSummary, test } from "./commands/test.js"
import { testProd } from "./commands/test-prod.js"
import { shutdown, stopOnSignals } from "./processes.js"

const summary = async (): Promise<never> => shutdown((await printSummary()) ? 0 : 1)
const commands: Record<string, () => Promise<never>> = {
  dev,
  seed,
  "search-reindex": searchReindex,
  test,
  "test-prod": testProd,
  summary,
  "e2e-stack": e2eStack,
  "bench-search": benchSearch,
  "bench-lighthouse": benchLighthouse,
  "bench-portal": benchPortal,
  "bench-load": benchLoad,
  "bench-bids": benchBids,
}

const name = process.argv[2] ?? ""
const command = commands[name]
if (!command) {
  console.error(`usage: tiwizi-services <${Object.keys(commands).join("|")}>`)
  process.exit(2)
}
stopOnSignals()
command().catch((error: Error) => {
  console.error(`\n${name} failed: ${error.message}`)
  void shutdown(1)
})
