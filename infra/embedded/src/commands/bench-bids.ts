import { readdir, readFile } from "node:fs/promises"
import { join } from "node:path"
import { bidderPassword, bidders, watchLot } from "../auction-client.js"
import { startCluster, type Cluster } from "../cluster.js"
import { clusterComponents, cpuBetween, snapshot, type Components } from "../load/cpu.js"
import { nearestRank } from "../load/measure.js"
import { writeReport } from "../load/report.js"
import { medusaVersion, postgresVersion } from "../load/topology.js"
import { describeMachine } from "../machine.js"
import { repoRoot } from "../paths.js"
import { shutdown } from "../processes.js"
import { call, logIn, must, Store } from "../shop-client.js"

/** Rounds of bidding per phase: in each, every demo bidder sends a maximum at once. */
const ROUNDS = 40
/** Pages watching the lot in the second phase, half on each server. */
const WATCHERS = 200
const RESULTS_FILE = join(repoRoot, "bench", "results", "bids.json")

type Watcher = Awaited<ReturnType<typeof watchLot>>
type Answered = { ms: number; status: number; code: string | null; bidCount: number | null; at: number }

/**
 * `npm run bench:bids`: what live bidding costs. Starts the production topology (two servers
 * and a worker on this machine's PostgreSQL and Redis: database tiwizi_bids, Redis db 13) with
 * the demo seed, takes its live lot ending last, and bids on it in rounds: in each, the seven
 * demo bidders send a maximum at once, alternating servers, each a few increments over the
 * lot's minimum. First with no page watching, then with 200 pages (event streams) watching,
 * half on each server. Measures the bids' answer times, accepted bids per second, how long an
 * accepted bid takes to reach every watching page, and the servers' CPU and memory. Prints the
 * figures and writes bench/results/bids.json.
 */
export async function benchBids(): Promise<never> {
  const cluster = await startCluster("bids", { servers: 2, redisDb: 13, logLevel: "warn" })
  const stores = cluster.servers.map((server) => new Store(server.url, cluster.publishableKey))
  const { auctions } = must(await stores[0].get("/store/auctions?phase=live&limit=100"), "list the live lots")
  const lot = [...auctions].sort((a: { ends_at: string }, b: { ends_at: string }) => b.ends_at.localeCompare(a.ends_at))[0]
  if (!lot) throw new Error("the demo seed has no live lot")
  const tokens = await Promise.all(bidders.map((email, i) => logIn(cluster.servers[i % 2].url, "customer", email, bidderPassword)))
  const components = clusterComponents(cluster, "bidders_and_pages")

  console.warn(`Bidding on ${lot.id} (${lot.product.title}): ${ROUNDS} rounds of ${bidders.length} maxima, no page watching…`)
  const memoryBefore = await memoryOf(cluster)
  const alone = await phase(cluster, stores, lot.id, tokens, [], components)

  console.warn(`Opening ${WATCHERS} event streams on the lot, half on each server…`)
  const watchers = await Promise.all(Array.from({ length: WATCHERS }, (_, i) => watchLot(stores[i % 2], lot.id)))
  try {
    await waitFor(() => watchers.every((watcher) => watcher.states.length > 0), 20_000, "a stream sent no first state")
    const memoryWatched = await memoryOf(cluster)
    console.warn(`Bidding again: ${ROUNDS} rounds, ${WATCHERS} pages watching…`)
    const watched = await phase(cluster, stores, lot.id, tokens, watchers, components)
    const memoryAfter = await memoryOf(cluster)
    const failed = watchers.map((watcher) => watcher.failure()).filter(Boolean)
    if (failed.length) throw new Error(`${failed.length} streams failed: ${failed[0]!.message}`)

    const results = { no_watchers: alone, [`${WATCHERS}_watchers`]: watched }
    for (const [name, figures] of Object.entries(results)) {
      const delivery = "delivery" in figures && figures.delivery ? `; to every page p50 ${figures.delivery.p50_ms} / p95 ${figures.delivery.p95_ms} / max ${figures.delivery.max_ms} ms` : ""
      console.warn(
        `${name}: ${figures.bids} bids (${figures.accepted} accepted) at ${figures.bids_per_s}/s, ${figures.accepted_per_s} accepted/s; ` +
          `answer p50 ${figures.answer.p50_ms} / p95 ${figures.answer.p95_ms} / p99 ${figures.answer.p99_ms} ms${delivery}`,
      )
    }
    const memory = { before_mb: memoryBefore, with_watchers_mb: memoryWatched, after_bidding_mb: memoryAfter }
    console.warn(`Servers' memory (RSS, MB): ${JSON.stringify(memory)}`)
    await writeReport(RESULTS_FILE, {
      benchmark: "bids",
      date: new Date().toISOString(),
      machine: describeMachine(),
      topology: {
        medusa: medusaVersion(),
        servers: cluster.servers.length,
        worker: 1,
        postgresql: { version: await postgresVersion(cluster.databaseUrl), database: cluster.database },
        same_machine: "servers, worker, PostgreSQL, Redis and the bidders and pages all share this machine's cores",
      },
      settings: {
        lot: lot.id,
        bidders: bidders.length,
        rounds: ROUNDS,
        watchers: WATCHERS,
        bid: "a maximum 1 to 4 increments over the lot's minimum read before the round; a round's bids leave together, alternating servers",
        answer: "from sending a bid to its answer (accepted or refused), percentiles by nearest rank",
        delivery: "from an accepted bid's answer to the first state at least that new reaching each watching page (0 when the page had it first)",
        cpu: "per component over the phase, in percent of one core, from /proc",
      },
      results,
      memory_rss_mb: memory,
    })
    console.warn(`Written to ${RESULTS_FILE}.`)
  } finally {
    for (const watcher of watchers) watcher.close()
  }
  return shutdown(0)
}

/** The rounds of one phase and their figures; with watchers, how late each accepted bid reached them. */
async function phase(cluster: Cluster, stores: Store[], lotId: string, tokens: string[], watchers: Watcher[], components: Components) {
  const answers: Answered[] = []
  const cpuBefore = await snapshot(components)
  const started = performance.now()
  for (let round = 0; round < ROUNDS; round++) {
    const { auction } = must(await stores[round % 2].get(`/store/auctions/${lotId}`), "read the lot")
    if (auction.min_next_bid === null) throw new Error(`lot ${lotId} stopped taking bids`)
    const increment = auction.current_price === null ? 100 : auction.min_next_bid - auction.current_price
    answers.push(
      ...(await Promise.all(
        tokens.map(async (token, i) => {
          const amount = auction.min_next_bid + increment * (1 + ((round + i) % 4))
          const sent = performance.now()
          const answer = await call(cluster.servers[(round + i) % 2].url, "POST", `/store/auctions/${lotId}/bids`, {
            body: { amount, currency_code: "mad", max: true },
            headers: { authorization: `Bearer ${token}`, "x-publishable-api-key": stores[0].publishableKey },
          })
          return {
            ms: performance.now() - sent,
            status: answer.status,
            code: answer.status === 200 ? null : (answer.data?.code ?? String(answer.status)),
            bidCount: answer.status === 200 ? (answer.data.auction.bid_count as number) : null,
            at: Date.now(),
          }
        }),
      )),
    )
  }
  const seconds = (performance.now() - started) / 1000
  const cpu = cpuBetween(components, cpuBefore, await snapshot(components))
  const accepted = answers.filter((answer) => answer.status === 200)
  const unexpected = answers.filter((answer) => answer.status !== 200 && answer.code !== "bid_too_low" && answer.code !== "already_highest_bidder")
  if (unexpected.length) throw new Error(`unexpected answers: ${JSON.stringify(unexpected.slice(0, 3))}`)
  const refusals: Record<string, number> = {}
  for (const answer of answers) if (answer.code) refusals[answer.code] = (refusals[answer.code] ?? 0) + 1

  let delivery: ReturnType<typeof figures> | null = null
  if (watchers.length) {
    const last = Math.max(...accepted.map((answer) => answer.bidCount!))
    await waitFor(() => watchers.every((watcher) => watcher.states.some((state) => state.bidCount >= last)), 10_000, "a page never saw the last bid")
    delivery = figures(
      accepted.flatMap((answer) =>
        watchers.map((watcher) => Math.max(0, watcher.states.find((state) => state.bidCount >= answer.bidCount!)!.at - answer.at)),
      ),
    )
  }
  return {
    bids: answers.length,
    accepted: accepted.length,
    refusals,
    seconds: round1(seconds),
    bids_per_s: round1(answers.length / seconds),
    accepted_per_s: round1(accepted.length / seconds),
    answer: figures(answers.map((answer) => answer.ms)),
    answer_accepted: figures(accepted.map((answer) => answer.ms)),
    ...(delivery && { delivery }),
    cpu_percent_of_one_core: cpu,
  }
}

const round1 = (value: number) => Math.round(value * 10) / 10

function figures(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b)
  return { count: sorted.length, p50_ms: round1(nearestRank(sorted, 50)), p95_ms: round1(nearestRank(sorted, 95)), p99_ms: round1(nearestRank(sorted, 99)), max_ms: round1(nearestRank(sorted, 100)) }
}

async function waitFor(done: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!done()) {
    if (Date.now() > deadline) throw new Error(what)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** Resident memory of each Medusa instance's processes (its whole process group), in MB. */
async function memoryOf(cluster: Cluster): Promise<Record<string, number>> {
  const groups = new Map([...cluster.servers, cluster.worker].map((instance) => [instance.process.pid, instance.name]))
  const kb: Record<string, number> = Object.fromEntries([...groups.values()].map((name) => [name, 0]))
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "")
    const name = groups.get(Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]))
    if (!name) continue
    const rss = /^VmRSS:\s+(\d+) kB$/m.exec(await readFile(`/proc/${entry}/status`, "utf8").catch(() => ""))
    kb[name] += Number(rss?.[1] ?? 0)
  }
  return Object.fromEntries(Object.entries(kb).map(([name, value]) => [name, Math.round(value / 1024)]))
}
