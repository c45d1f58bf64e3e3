import { join } from "node:path"
import os from "node:os"
import { startCluster, type Cluster } from "../cluster.js"
import { describeMachine } from "../machine.js"
import { repoRoot } from "../paths.js"
import { shutdown } from "../processes.js"
import { Store } from "../shop-client.js"
import { clusterComponents, cpuBetween, snapshot, type Components } from "../load/cpu.js"
import { openCarts, readyCarts, restock, unitsOf } from "../load/fixtures.js"
import { runLoad, type Load } from "../load/measure.js"
import { startProxy, type Proxy } from "../load/proxy.js"
import { checkoutBound, checkoutNote, printTable, TARGET_CHECKOUT_RATIO, writeReport, type RunResult, type TopologyResults } from "../load/report.js"
import { MIX, mixedSteps, scenarios, type Fixtures, type ScenarioName } from "../load/scenarios.js"
import { medusaVersion, postgresVersion, redisVersion } from "../load/topology.js"

const CONNECTIONS = 10
/** Length of each read and add-to-cart run. */
const SECONDS = 15
/**
 * Unmeasured requests before each read run: every product page, listing page and search word
 * at least twice, so that both topologies are measured on Medusa's warm Redis cache.
 */
const WARMUP_READS = 400
const WARMUP_ADD_TO_CART_SECONDS = 2
/** Checkouts per measured run, and unmeasured ones before it (they warm a server's checkout path). */
const CHECKOUTS = 80
const WARMUP_CHECKOUTS = 10
/** Open carts that the add-to-cart run's requests take turns on (a few lines each). */
const ADD_TO_CART_CARTS = 60
/** Each connection walks the mix this many times: a fixed amount of work, one checkout per walk. */
const MIX_WALKS = 3
const TOPOLOGIES = [
  ["one_server", 1],
  ["two_servers", 2],
] as const
const RESULTS_FILE = join(repoRoot, "bench", "results", "load.json")

type Measure = (load: Load) => Promise<RunResult>

/**
 * `npm run bench:load`: requests/s and latency of the shop's main requests under load, with one
 * server and with two behind the same round-robin proxy. Starts the production topology on this
 * machine's PostgreSQL and Redis (database tiwizi_load, Redis db 12: two servers and a worker),
 * prepares carts, then for each topology runs autocannon (10 connections) on browse, product
 * page, search, add to cart, checkout and a mix of them, each after a short warm-up, recording
 * the CPU of every component. Prints a table and writes bench/results/load.json.
 */
export async function benchLoad(): Promise<never> {
  const loadAtStart = os.loadavg().map((load) => Math.round(load * 10) / 10)
  const cluster = await startCluster("load", { servers: 2, redisDb: 12, logLevel: "info" })
  const proxy = await startProxy()
  const everyServer = cluster.servers.map((server) => server.url)
  // Preparation goes through both servers: it is not measured, and it is long.
  await proxy.route(everyServer)
  const store = new Store(proxy.url, cluster.publishableKey)
  const regionId = await store.regionId()
  const stock = await store.variantsInStock()
  const cartVariants = stock.filter((variant) => variant.stock >= 5).map((variant) => variant.id)
  const checkoutVariants = stock.filter((variant) => variant.stock >= 20).map((variant) => variant.id)
  const checkoutsPerTopology = WARMUP_CHECKOUTS + CHECKOUTS + MIX_WALKS * CONNECTIONS
  const checkouts = checkoutsPerTopology * TOPOLOGIES.length
  await restock(cluster.servers[0].url, unitsOf(checkoutVariants, checkouts))
  console.warn(`Preparing ${checkouts} carts ready to complete over ${checkoutVariants.length} variants (about a minute)…`)
  const ready = await readyCarts(store, regionId, checkoutVariants, checkouts, String(Date.now()))
  const measure = measurer(proxy, componentsOf(cluster, proxy))

  const results: Record<string, TopologyResults> = {}
  for (const [topology, count] of TOPOLOGIES) {
    await proxy.route(everyServer)
    const base = { publishableKey: cluster.publishableKey, regionId, handles: [...new Set(stock.map((variant) => variant.handle))], variants: cartVariants }
    const fixtures: Fixtures = { ...base, carts: await openCarts(store, regionId, ADD_TO_CART_CARTS), readyCarts: ready.splice(0, WARMUP_CHECKOUTS + CHECKOUTS) }
    const mixFixtures: Fixtures = { ...base, carts: await openCarts(store, regionId, MIX_WALKS * CONNECTIONS), readyCarts: ready.splice(0, MIX_WALKS * CONNECTIONS) }
    await proxy.route(everyServer.slice(0, count))
    console.warn(`\n— ${topology.replace("_", " ")} behind the proxy —`)
    results[topology] = await runScenarios(proxy.url, fixtures, mixFixtures, measure)
  }

  printTable(results)
  const cores = os.cpus().length
  const checkoutRatio = results.two_servers.checkout.requests_per_s / results.one_server.checkout.requests_per_s
  const note = checkoutNote(results.one_server.checkout, results.two_servers.checkout, cores)
  console.warn(`\nCheckouts, two servers over one: ${checkoutRatio.toFixed(2)}× (target ${TARGET_CHECKOUT_RATIO}×). ${note}`)
  const withErrors = Object.entries(results).flatMap(([topology, runs]) =>
    Object.entries(runs)
      .filter(([, run]) => run.errors || run.non_2xx || run.failed)
      .map(([scenario, run]) => `${topology}.${scenario}: ${run.errors} errors, ${run.non_2xx} non-2xx, ${run.failed} failed`),
  )
  if (withErrors.length) console.warn(`Runs with errors: ${withErrors.join("; ")}`)
  await writeReport(RESULTS_FILE, {
    benchmark: "load",
    date: new Date().toISOString(),
    machine: { ...describeMachine(), load_average_at_start: loadAtStart },
    topology: {
      medusa: medusaVersion(),
      servers: cluster.servers.length,
      worker: 1,
      instances: "each its own `medusa start` process, NODE_ENV=production, MEDUSA_WORKER_MODE server or worker, admin off",
      proxy: "node round-robin (infra/embedded/src/load/proxy-process.ts, keep-alive to the servers); the production compose file uses nginx",
      redis: { version: await redisVersion(cluster.redisUrl), url: cluster.redisUrl },
      postgresql: { version: await postgresVersion(cluster.databaseUrl), database: cluster.database },
      same_machine: "servers, worker, PostgreSQL, Redis, proxy and load generator all share this machine's cores",
    },
    settings: {
      tool: "autocannon 8 (programmatic), keep-alive, no pipelining",
      connections: CONNECTIONS,
      duration_s: SECONDS,
      warmup: { reads_requests: WARMUP_READS, add_to_cart_s: WARMUP_ADD_TO_CART_SECONDS, checkouts: WARMUP_CHECKOUTS },
      add_to_cart_carts: ADD_TO_CART_CARTS,
      checkouts: CHECKOUTS,
      mix: { order: MIX, walks_per_connection: MIX_WALKS, requests: MIX.length * MIX_WALKS * CONNECTIONS },
      latency: "per response, from writing the request to the last byte of the answer (autocannon's response time); percentiles by nearest rank",
      cpu: "per component over the run, in percent of one core, from /proc (machine: all cores, so at most 100 × cores)",
    },
    results,
    checkout_ratio: Math.round(checkoutRatio * 100) / 100,
    checkout_target: { ratio: TARGET_CHECKOUT_RATIO, met: checkoutRatio >= TARGET_CHECKOUT_RATIO },
    checkout_bound: checkoutBound(results.one_server.checkout, cores),
    note,
    runs_with_errors: withErrors,
  })
  console.warn(`Written to ${RESULTS_FILE}.`)
  return shutdown(0)
}

/**
 * Each scenario after an unmeasured warm-up from the same fixtures (the add-to-cart carts keep
 * their turns; checkout warm-ups use their own carts), then the mix, already warm.
 */
async function runScenarios(url: string, fixtures: Fixtures, mixFixtures: Fixtures, measure: Measure): Promise<TopologyResults> {
  const runs: TopologyResults = {}
  for (const name of ["browse", "product", "search", "add_to_cart", "checkout"] as ScenarioName[]) {
    const steps = [scenarios[name](fixtures)]
    const warmup = name === "checkout" ? { amount: WARMUP_CHECKOUTS } : name === "add_to_cart" ? { duration: WARMUP_ADD_TO_CART_SECONDS } : { amount: WARMUP_READS }
    const sized = [warmup, name === "checkout" ? { amount: CHECKOUTS } : { duration: SECONDS }]
    await runLoad({ url, connections: CONNECTIONS, steps, ...sized[0] })
    runs[name] = await measure({ url, connections: CONNECTIONS, steps, ...sized[1] })
    console.warn(`${name}: ${runs[name].requests_per_s} req/s, p50 ${runs[name].p50_ms} / p95 ${runs[name].p95_ms} / p99 ${runs[name].p99_ms} ms`)
  }
  runs.mixed = await measure({ url, connections: CONNECTIONS, steps: mixedSteps(mixFixtures), amount: MIX.length * MIX_WALKS * CONNECTIONS })
  console.warn(`mixed: ${runs.mixed.requests_per_s} req/s, p50 ${runs.mixed.p50_ms} / p95 ${runs.mixed.p95_ms} / p99 ${runs.mixed.p99_ms} ms`)
  return runs
}

/** A run with the proxy's counts and the CPU of each component around it. */
function measurer(proxy: Proxy, components: Components): Measure {
  return async (load) => {
    const counted = await proxy.counts()
    const before = await snapshot(components)
    const { total, byKind, seconds } = await runLoad(load)
    const cpu = cpuBetween(components, before, await snapshot(components))
    const after = await proxy.counts()
    const per_server = Object.fromEntries(Object.entries(after).map(([server, count]) => [server, count - (counted[server] ?? 0)]))
    return { ...total, seconds, per_server, cpu_percent_of_one_core: cpu, ...(load.steps.length > 1 && { by_kind: byKind }) }
  }
}

function componentsOf(cluster: Cluster, proxy: Proxy): Components {
  return [["proxy", (info) => info.pid === proxy.pid], ...clusterComponents(cluster, "load_generator")]
}
