import type { Cluster } from "../cluster.js"
import type { Check } from "../commands/test-prod.js"
import { exitOf } from "../processes.js"
import { Store, type Answer } from "../shop-client.js"
import { assert, sql } from "./assert.js"

const RACERS = 50

/** Carts ready to complete, built `batch` at a time, the i-th through server i mod n. */
async function readyCarts(stores: Store[], regionId: string, variants: string[], count: number, batch = 10): Promise<string[]> {
  const carts: string[] = []
  for (let first = 0; first < count; first += batch) {
    const indexes = Array.from({ length: Math.min(batch, count - first) }, (_, offset) => first + offset)
    carts.push(
      ...(await Promise.all(indexes.map((i) => stores[i % stores.length].readyCart(regionId, variants[i % variants.length], `prod-${Date.now()}-${i}@example.ma`)))),
    )
  }
  return carts
}

const isOrder = (answer: Answer) => answer.status === 200 && answer.data?.type === "order"

/** Orders placed from `carts`, read from the database: cart id → order ids. */
async function ordersOf(databaseUrl: string, carts: string[]): Promise<Map<string, string[]>> {
  const rows = await sql<{ cart_id: string; order_id: string }>(databaseUrl, "select cart_id, order_id from order_cart where cart_id = any($1) and deleted_at is null", [carts])
  const byCart = new Map<string, string[]>()
  for (const row of rows) byCart.set(row.cart_id, [...(byCart.get(row.cart_id) ?? []), row.order_id])
  return byCart
}

function storesOf({ servers, publishableKey }: Cluster): Store[] {
  return servers.map((server) => new Store(server.url, publishableKey))
}

export const checkoutRaceSpread: Check = {
  name: `${RACERS} checkouts of one one-of-a-kind carpet, spread over both servers, make exactly one order`,
  run: async (cluster) => {
    const stores = storesOf(cluster)
    const regionId = await stores[0].regionId()
    const carpet = (await stores[0].variantsInStock()).find((variant) => variant.stock === 1)
    assert(carpet, "no one-of-a-kind piece in stock")
    const carts = await readyCarts(stores, regionId, [carpet.id], RACERS)
    const answers = await Promise.all(carts.map((id, i) => stores[i % stores.length].post(`/store/carts/${id}/complete`)))
    const orders = answers.filter(isOrder)
    const refusals = answers.filter((answer) => !isOrder(answer))
    assert(orders.length === 1, `${orders.length} orders for "${carpet.title}"`)
    const unexpected = refusals.filter((answer) => answer.status !== 400 || answer.data?.code !== "insufficient_inventory")
    assert(!unexpected.length, `refusals other than "just sold": ${JSON.stringify(unexpected.slice(0, 3))}`)
    const placed = [...(await ordersOf(cluster.databaseUrl, carts)).values()].flat()
    assert(placed.length === 1, `${placed.length} orders in the database`)
    const perServer = stores.map((_, s) => answers.filter((answer, i) => i % stores.length === s).length)
    return `1 order, ${refusals.length} clear refusals (400 insufficient_inventory); attempts per server: ${perServer.join(" / ")}`
  },
}

/**
 * Medusa locks a cart for two minutes while it completes (and our checkout lock leases for one):
 * a server killed mid-completion leaves its carts locked until the leases run out. Their
 * customers get a 409 "try again" meanwhile; this is how long the check keeps retrying for them.
 */
const LEASES_EXPIRED_MS = 180_000

export const killedServerLosesNoOrder: Check = {
  name: "killing server 1 (SIGKILL) mid-load loses no acknowledged order; its carts complete through server 2",
  run: async (cluster) => {
    const stores = storesOf(cluster)
    const regionId = await stores[0].regionId()
    const stocked = (await stores[0].variantsInStock()).filter((variant) => variant.stock >= 20).map((variant) => variant.id)
    const carts = await readyCarts(stores, regionId, stocked, 60)
    const acknowledged = new Map<string, string>()
    let killed = false
    let retried = 0
    const complete = async (cart: string, index: number) => {
      // Like a load balancer: a server that refuses the connection is taken out, the request
      // retried on the other one (completing a cart is idempotent).
      let answer = await (killed ? stores[1] : stores[index % 2]).post(`/store/carts/${cart}/complete`)
      if (answer.status === 0) {
        retried++
        answer = await stores[1].post(`/store/carts/${cart}/complete`)
      }
      if (isOrder(answer)) acknowledged.set(cart, answer.data.order.id)
      if (acknowledged.size === 15 && !killed) {
        killed = true
        process.kill(-cluster.servers[0].process.pid!, "SIGKILL")
      }
    }
    // Six checkouts in flight at a time, as six customers would.
    let next = 0
    await Promise.all(
      Array.from({ length: 6 }, async () => {
        while (next < carts.length) {
          const index = next++
          await complete(carts[index], index)
        }
      }),
    )
    assert(killed, "server 1 was never killed")
    await exitOf(cluster.servers[0].process)
    const lost = async () => {
      const stored = await ordersOf(cluster.databaseUrl, carts)
      return [...acknowledged].filter(([cart, order]) => !stored.get(cart)?.includes(order))
    }
    const lostAfterKill = await lost()
    assert(!lostAfterKill.length, `acknowledged orders missing from the database: ${JSON.stringify(lostAfterKill)}`)

    // The customers whose checkout was cut try again until the dead server's leases expire.
    const cut = carts.filter((cart) => !acknowledged.has(cart))
    const deadline = Date.now() + LEASES_EXPIRED_MS
    while (carts.some((cart) => !acknowledged.has(cart)) && Date.now() < deadline) {
      await Promise.all(carts.filter((cart) => !acknowledged.has(cart)).map((cart) => complete(cart, 1)))
      if (carts.some((cart) => !acknowledged.has(cart))) await new Promise((resolve) => setTimeout(resolve, 5000))
    }
    const stored = await ordersOf(cluster.databaseUrl, carts)
    const doubled = [...stored].filter(([, orders]) => orders.length > 1)
    assert(!doubled.length, `carts with two orders: ${JSON.stringify(doubled)}`)
    const lostAfterRetries = await lost()
    assert(!lostAfterRetries.length, `acknowledged orders missing from the database: ${JSON.stringify(lostAfterRetries)}`)
    const stuck = carts.filter((cart) => !acknowledged.has(cart))
    assert(!stuck.length, `${stuck.length} checkouts still refused ${LEASES_EXPIRED_MS / 1000} s after the kill: ${stuck.join(", ")}`)
    return `${acknowledged.size} orders acknowledged and stored, none twice; ${retried} requests retried on server 2 after the kill; ${cut.length} cut checkouts completed on retry`
  },
}

export const terminatedServerFinishesRequests: Check = {
  name: "SIGTERM to server 2 finishes its in-flight checkouts, then it exits cleanly",
  run: async (cluster) => {
    const server = cluster.servers[1]
    const store = new Store(server.url, cluster.publishableKey)
    const regionId = await store.regionId()
    const stocked = (await store.variantsInStock()).filter((variant) => variant.stock >= 5).map((variant) => variant.id)
    const carts = await readyCarts([store], regionId, stocked, 6)
    const answers = Promise.all(carts.map((cart) => store.post(`/store/carts/${cart}/complete`)))
    await new Promise((resolve) => setTimeout(resolve, 50))
    process.kill(server.process.pid!, "SIGTERM")
    const answered = await answers
    const code = await exitOf(server.process)
    const failed = answered.filter((answer) => !isOrder(answer))
    assert(!failed.length, `in-flight checkouts not finished: ${JSON.stringify(failed.map((answer) => [answer.status, answer.data?.message]))}`)
    assert(code === 0, `server 2 exited with ${code}`)
    const refused = await store.get("/store/regions")
    assert(refused.status === 0, `server 2 still answers after its shutdown (${refused.status})`)
    return `${answered.length} in-flight checkouts answered with their orders; exit code 0`
  },
}
