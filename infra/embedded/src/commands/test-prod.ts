import { startCluster, type Cluster } from "../cluster.js"
import { shutdown } from "../processes.js"
import { backupAndRestore, refusesDevSecrets, requestIdsTravel, serversAreReady } from "../prod-checks/operations.js"
import { approvedOnOneSearchableOnOther } from "../prod-checks/cross-server-event.js"
import { bidsLandInOneOrder } from "../prod-checks/auctions.js"
import { checkoutRaceSpread, killedServerLosesNoOrder, terminatedServerFinishesRequests } from "../prod-checks/checkouts.js"

/** One production check: a name a person reads and the work that throws when it does not hold. */
export type Check = { name: string; run: (cluster: Cluster) => Promise<string | void> }

/**
 * `npm run test:prod`: the production topology on this machine's PostgreSQL and Redis — two
 * servers and a worker, each its own process with NODE_ENV=production — and the checks that it
 * behaves as one shop: events cross instances, bids taken by both servers land in one order and
 * reach a page watching on either, the checkout lock holds across servers, a killed
 * server loses no acknowledged order, a stopped one finishes its requests. Prints each check and
 * `N passed, N failed`; the order matters (the last checks take the servers down).
 */
export async function testProd(): Promise<never> {
  const results: boolean[] = []
  const report = async (check: Check, cluster: Cluster) => {
    const started = Date.now()
    try {
      const detail = await check.run(cluster)
      const seconds = ((Date.now() - started) / 1000).toFixed(1)
      process.stdout.write(`✓ ${check.name} (${seconds} s)${detail ? `\n    ${detail}` : ""}\n`)
      results.push(true)
    } catch (error) {
      process.stdout.write(`✗ ${check.name}\n    ${(error as Error).message.replaceAll("\n", "\n    ")}\n`)
      results.push(false)
    }
  }
  const cluster = await startCluster("prod", { servers: 2, redisDb: 11, logLevel: "http" })
  process.stdout.write(`\nProduction checks: servers ${cluster.servers.map((s) => s.url).join(", ")}, worker ${cluster.worker.url}\n\n`)
  for (const check of [
    refusesDevSecrets,
    serversAreReady,
    requestIdsTravel,
    approvedOnOneSearchableOnOther,
    bidsLandInOneOrder,
    checkoutRaceSpread,
    backupAndRestore,
    killedServerLosesNoOrder,
    terminatedServerFinishesRequests,
  ]) {
    await report(check, cluster)
  }
  const failed = results.filter((ok) => !ok).length
  process.stdout.write(`\n${results.length - failed} passed, ${failed} failed\n`)
  return shutdown(failed ? 1 : 0)
}
