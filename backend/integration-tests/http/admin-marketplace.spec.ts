import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { COOPERATIVE_MODULE } from "../../src/modules/cooperative"
import type CooperativeModuleService from "../../src/modules/cooperative/service"
import { COOPERATIVE_ORDER_MODULE } from "../../src/modules/cooperative-order"
import type CooperativeOrderModuleService from "../../src/modules/cooperative-order/service"
import { demoAccounts } from "../../src/scripts/seed/accounts"
import { products } from "../../src/scripts/seed/catalogue"
import { applicants } from "../../src/scripts/seed/catalogue/cooperatives"
import { seededSuspension } from "../../src/scripts/seed/cooperative-decisions"
import { ownerEmail } from "../../src/scripts/seed/cooperative-owners"
import { seedShop } from "../../src/scripts/seed/index"
import { callAll, expectAllUnauthorized, staffLogin } from "./admin-helpers"
import { checkoutCart, must, startPayment } from "./checkout-helpers"
import { attempt, bearer, expectInvalid, login, type Api } from "./vendor-helpers"

// As in marketplace-orders.spec.ts: products with stock of three cooperatives on sale,
// cooperative A sells two lines, B and C one each. Cash on delivery in dirhams: no Stripe.
const unavailable = new Set([seededSuspension.handle, ...applicants.map((cooperative) => cooperative.handle)])
const stocked = products.filter((p) => !unavailable.has(p.cooperative) && p.variants[0].stock >= 20)
const cooperativeHandles = [...new Set(stocked.map((p) => p.cooperative))].slice(0, 3)
const [ofA, ofB, ofC] = cooperativeHandles.map((handle) => stocked.filter((p) => p.cooperative === handle))
const sold = [ofA[0], ofA[1], ofB[0], ofC[0]]

const LATE_DAYS = 2
const HOUR = 3_600_000
const cents = (amount: number | string) => Math.round(Number(amount) * 100)

type Part = { id: string; cooperative_id: string; cooperative_name: string; status: string; late: boolean; items?: { commission_rate_bps: number }[] }
type Group = { id: string; display_id: number; late: boolean; parts: Part[] }

// A non-default allowance, set before Medusa starts, shows the variable is read.
let previousLateDays: string | undefined
beforeAll(() => {
  previousLateDays = process.env.LATE_SHIPMENT_DAYS
  process.env.LATE_SHIPMENT_DAYS = String(LATE_DAYS)
})
afterAll(() => {
  if (previousLateDays === undefined) delete process.env.LATE_SHIPMENT_DAYS
  else process.env.LATE_SHIPMENT_DAYS = previousLateDays
})

medusaIntegrationTestRunner({
  testSuite: ({ api: untyped, getContainer }) => {
    const api = untyped as Api
    let headers: { headers: Record<string, string> }
    let regionId: string
    let staff: { token: string }
    const cooperativeIds: Record<string, string> = {}
    const variants: Record<string, string> = {}
    const parts = () => getContainer().resolve<CooperativeOrderModuleService>(COOPERATIVE_ORDER_MODULE)
    const admin = () => bearer(staff.token)
    const [a, b, c] = cooperativeHandles

    /** A dirham cart holding every sold product (two of A's first), paid on delivery, completed. */
    async function placeOrder(): Promise<{ id: string; display_id: number; total: number; email: string }> {
      const items = sold.map((product, index) => ({ variant_id: variants[product.handle], quantity: index === 0 ? 2 : 1 }))
      const cartId = await checkoutCart(api, headers, { regionId, items })
      await startPayment(api, headers, cartId)
      const { data } = await must(api.post(`/store/carts/${cartId}/complete`, {}, headers), "complete the cart")
      expect(data.type, JSON.stringify(data.error)).toBe("order")
      return data.order
    }

    const partOf = async (orderId: string, handle: string) =>
      (await parts().listCooperativeOrders({ order_id: orderId, cooperative_id: cooperativeIds[handle] }))[0]

    /** Dates a part as if its order had been placed `hours` ago. */
    async function age(orderId: string, handle: string, hours: number) {
      const part = await partOf(orderId, handle)
      // The generated update's type leaves out timestamps, which it writes all the same.
      const backdated = { id: part.id, created_at: new Date(Date.now() - hours * HOUR) }
      await parts().updateCooperativeOrders(backdated)
    }

    async function list(query = ""): Promise<{ order_groups: Group[]; count: number; limit: number; offset: number }> {
      return (await must(api.get(`/admin/order-groups${query}`, admin()), `list order groups ${query}`)).data
    }
    const listedIds = async (query: string) => (await list(query)).order_groups.map((group) => group.id)
    const groupOf = async (orderId: string): Promise<Group> =>
      (await must(api.get(`/admin/order-groups/${orderId}`, admin()), "read the order group")).data.order_group
    const lateByHandle = (group: Group) =>
      Object.fromEntries(cooperativeHandles.map((handle) => [handle, group.parts.find((part) => part.cooperative_id === cooperativeIds[handle])!.late]))

    beforeAll(async () => {
      expect(sold.every(Boolean)).toBe(true)
      const { publishableKey } = await seedShop(getContainer(), [...new Set(sold)])
      headers = { headers: { "x-publishable-api-key": publishableKey } }
      const { data } = await api.get("/store/regions?fields=id,currency_code", headers)
      regionId = data.regions.find((region: { currency_code: string }) => region.currency_code === "mad").id
      const { data: listed } = await api.get(`/store/products?fields=id,handle,*variants&limit=10&handle[]=${sold.map((p) => p.handle).join("&handle[]=")}`, headers)
      for (const product of listed.products) {
        const sku = sold.find((candidate) => candidate.handle === product.handle)!.variants[0].sku
        variants[product.handle] = product.variants.find((variant: { sku: string }) => variant.sku === sku).id
      }
      const cooperatives = await getContainer().resolve<CooperativeModuleService>(COOPERATIVE_MODULE).listCooperatives({ handle: cooperativeHandles }, { select: ["id", "handle"] })
      for (const cooperative of cooperatives) cooperativeIds[cooperative.handle] = cooperative.id
      staff = await staffLogin(api, getContainer())
    })

    describe("order groups", () => {
      it("lists a customer's order with its three cooperatives' parts, and shows it with its lines", async () => {
        const order = await placeOrder()
        const page = await list()
        expect(page).toMatchObject({ count: 1, limit: 20, offset: 0, late_shipment_days: LATE_DAYS })
        const [group] = page.order_groups
        expect(group).toMatchObject({
          id: order.id,
          display_id: order.display_id,
          email: "client@example.ma",
          currency_code: "mad",
          payment: "cash_on_delivery",
          late: false,
        })
        expect(cents((group as unknown as { total: number }).total)).toBe(cents(order.total))
        const names = await getContainer().resolve<CooperativeModuleService>(COOPERATIVE_MODULE).listCooperatives({ id: Object.values(cooperativeIds) }, { select: ["id", "name"] })
        expect(group.parts.map((part) => [part.cooperative_id, part.cooperative_name]).sort()).toEqual(names.map((coop) => [coop.id, coop.name]).sort())
        for (const part of group.parts) {
          expect(part).toMatchObject({ status: "new", late: false, carrier: null, tracking_number: null, refunded_total: 0 })
          expect(part).not.toHaveProperty("items")
          const stored = await partOf(order.id, cooperativeHandles.find((handle) => cooperativeIds[handle] === part.cooperative_id)!)
          expect(part).toMatchObject({ id: stored.id, total: Number(stored.total), amount_due: Number(stored.total), commission_total: Number(stored.commission_total) })
        }

        const detail = await groupOf(order.id)
        expect(detail.parts.find((part) => part.cooperative_id === cooperativeIds[a])!.items).toEqual(
          expect.arrayContaining([expect.objectContaining({ quantity: 2, commission_rate_bps: 1000, cancelled_at: null, cancel_reason: null })]),
        )
        expect(detail.parts.flatMap((part) => part.items!)).toHaveLength(4)
        const missing = await attempt(api.get("/admin/order-groups/order_unknown", admin()))
        expect(missing.status).toBe(404)
      })

      it(`flags a part still unsent ${LATE_DAYS} days after the order as late, and no longer once it is shipped`, async () => {
        const order = await placeOrder()
        await age(order.id, a, LATE_DAYS * 24 + 1)
        await age(order.id, b, LATE_DAYS * 24 - 1)
        const [group] = (await list()).order_groups
        expect(group.late).toBe(true)
        expect(lateByHandle(group)).toEqual({ [a]: true, [b]: false, [c]: false })
        expect(await listedIds("?late=true")).toEqual([order.id])
        expect(await listedIds(`?late=true&cooperative_id=${cooperativeIds[b]}`)).toEqual([])
        expect(await listedIds(`?late=false&cooperative_id=${cooperativeIds[b]}`)).toEqual([order.id])
        expect(lateByHandle(await groupOf(order.id))).toEqual({ [a]: true, [b]: false, [c]: false })

        // Accepted is still waiting for the parcel to leave; shipped is not late any more.
        const owner = bearer(await login(api, ownerEmail(a), demoAccounts.password))
        const partA = await partOf(order.id, a)
        await must(api.post(`/vendor/orders/${partA.id}/accept`, {}, owner), "accept A's part")
        expect((await list("?late=true")).order_groups.map((listed) => listed.id)).toEqual([order.id])
        await must(api.post(`/vendor/orders/${partA.id}/ship`, { carrier: "Amana", tracking_number: "RR123456789MA" }, owner), "ship A's part")
        const after = (await list()).order_groups[0]
        expect(after.late).toBe(false)
        expect(after.parts.find((part) => part.id === partA.id)).toMatchObject({ status: "shipped", late: false, carrier: "Amana", tracking_number: "RR123456789MA" })
        expect(await listedIds("?late=true")).toEqual([])
      })

      it("filters on parts' status and cooperative, newest first, page by page", async () => {
        const first = await placeOrder()
        const second = await placeOrder()
        const owner = bearer(await login(api, ownerEmail(a), demoAccounts.password))
        await must(api.post(`/vendor/orders/${(await partOf(second.id, a)).id}/accept`, {}, owner), "accept A's part of the second order")

        expect(await listedIds("")).toEqual([second.id, first.id])
        expect(await listedIds("?status=accepted")).toEqual([second.id])
        // A group is listed when one of its parts matches, and shows all of them.
        expect(await listedIds("?status=new")).toEqual([second.id, first.id])
        expect(await listedIds(`?status=new&cooperative_id=${cooperativeIds[a]}`)).toEqual([first.id])
        expect((await list("?status=accepted")).order_groups[0].parts).toHaveLength(3)
        expect(await listedIds("?status=delivered")).toEqual([])
        expect(await listedIds("?cooperative_id=coop_unknown")).toEqual([])

        const pageOne = await list("?limit=1")
        expect([pageOne.count, pageOne.order_groups.map((group) => group.id)]).toEqual([2, [second.id]])
        const pageTwo = await list("?limit=1&offset=1")
        expect([pageTwo.count, pageTwo.offset, pageTwo.order_groups.map((group) => group.id)]).toEqual([2, 1, [first.id]])

        expectInvalid(await attempt(api.get("/admin/order-groups?late=maybe", admin())), "late")
        expectInvalid(await attempt(api.get("/admin/order-groups?status=lost", admin())), "status")
        expectInvalid(await attempt(api.get("/admin/order-groups?limit=0", admin())), "limit")
        expectInvalid(await attempt(api.get("/admin/order-groups?email=x", admin())), "email")
      })
    })

    describe("commission rates", () => {
      const rates = async () => (await must(api.get("/admin/commission-rates", admin()), "list rates")).data
      const create = (body: unknown) => attempt(api.post("/admin/commission-rates", body, admin()))

      async function categoryOf(handle: string): Promise<{ id: string; name: string }> {
        const { data } = await getContainer().resolve("query").graph({ entity: "product", fields: ["categories.id", "categories.name"], filters: { handle } })
        return data[0].categories![0]!
      }

      it("adds, changes and removes rates, refusing unknown targets, duplicates and bad rates", async () => {
        expect(await rates()).toEqual({ commission_rates: [], default_rate_bps: 1000 })
        const category = await categoryOf(ofB[0].handle)

        const forA = await create({ cooperative_id: cooperativeIds[a], rate_bps: 800 })
        expect(forA.status, JSON.stringify(forA.data)).toBe(201)
        expect(forA.data.commission_rate).toMatchObject({ cooperative_id: cooperativeIds[a], category_id: null, rate_bps: 800, category_name: null })
        expect(forA.data.commission_rate.id).toMatch(/^comm_/)
        const both = await create({ cooperative_id: cooperativeIds[b], category_id: category.id, rate_bps: 500 })
        expect(both.data.commission_rate).toMatchObject({ category_id: category.id, category_name: category.name, rate_bps: 500 })
        const fallback = await create({ cooperative_id: null, category_id: null, rate_bps: 1200 })
        expect(fallback.status).toBe(201)

        const listed = await rates()
        expect(listed.default_rate_bps).toBe(1200)
        // The default first, then the overrides by cooperative name.
        const overrides: { rate_bps: number; cooperative_name: string }[] = listed.commission_rates.slice(1)
        expect(listed.commission_rates[0]).toMatchObject({ cooperative_id: null, category_id: null, rate_bps: 1200 })
        expect(overrides.map((rate) => rate.rate_bps).sort()).toEqual([500, 800])
        expect(overrides.map((rate) => rate.cooperative_name)).toEqual(overrides.map((rate) => rate.cooperative_name).sort((x, y) => x.localeCompare(y, "fr")))

        for (const [body, message] of [
          [{ cooperative_id: cooperativeIds[a], rate_bps: 900 }, "a rate for this cooperative and category already exists"],
          [{ rate_bps: 900 }, "a rate for this cooperative and category already exists"],
          [{ cooperative_id: "coop_unknown", rate_bps: 900 }, "cooperative_id"],
          [{ category_id: "pcat_unknown", rate_bps: 900 }, "category_id"],
          [{ cooperative_id: cooperativeIds[c], rate_bps: 5001 }, "rate_bps"],
          [{ cooperative_id: cooperativeIds[c], rate_bps: -1 }, "rate_bps"],
          [{ cooperative_id: cooperativeIds[c], rate_bps: 12.5 }, "rate_bps"],
          [{ cooperative_id: cooperativeIds[c] }, "rate_bps"],
          [{ cooperative_id: cooperativeIds[c], rate_bps: 900, note: "x" }, "note"],
        ] as const) {
          expectInvalid(await create(body), message)
        }
        expect((await rates()).commission_rates).toHaveLength(3)

        const id = forA.data.commission_rate.id
        const { data: changed } = await must(api.post(`/admin/commission-rates/${id}`, { rate_bps: 900 }, admin()), "change A's rate")
        expect(changed.commission_rate).toMatchObject({ id, cooperative_id: cooperativeIds[a], rate_bps: 900 })
        expectInvalid(await attempt(api.post(`/admin/commission-rates/${id}`, { rate_bps: 9000 }, admin())), "rate_bps")
        expectInvalid(await attempt(api.post(`/admin/commission-rates/${id}`, { rate_bps: 900, cooperative_id: cooperativeIds[c] }, admin())), "cooperative_id")
        expect((await attempt(api.post("/admin/commission-rates/comm_unknown", { rate_bps: 900 }, admin()))).status).toBe(404)

        const { data: deleted } = await must(api.delete(`/admin/commission-rates/${fallback.data.commission_rate.id}`, admin()), "delete the default")
        expect(deleted).toEqual({ id: fallback.data.commission_rate.id, object: "commission_rate", deleted: true })
        expect((await attempt(api.delete(`/admin/commission-rates/${fallback.data.commission_rate.id}`, admin()))).status).toBe(404)
        const after = await rates()
        expect(after.default_rate_bps).toBe(1000)
        expect(after.commission_rates.map((rate: { id: string; rate_bps: number }) => [rate.id, rate.rate_bps]).sort()).toEqual(
          [[id, 900], [both.data.commission_rate.id, 500]].sort(),
        )
        // The pair is free again once its rate is gone.
        expect((await create({ rate_bps: 1100 })).status).toBe(201)
      })

      it("applies a new or changed rate to orders placed afterwards only", async () => {
        const before = await placeOrder()
        const created = await create({ cooperative_id: cooperativeIds[a], rate_bps: 700 })
        expect(created.status).toBe(201)
        const after = await placeOrder()
        const ratesOf = async (orderId: string) =>
          Object.fromEntries(
            (await groupOf(orderId)).parts.map((part) => [part.cooperative_id, [...new Set(part.items!.map((item) => item.commission_rate_bps))]]),
          )
        expect(await ratesOf(before.id)).toEqual({ [cooperativeIds[a]]: [1000], [cooperativeIds[b]]: [1000], [cooperativeIds[c]]: [1000] })
        expect(await ratesOf(after.id)).toEqual({ [cooperativeIds[a]]: [700], [cooperativeIds[b]]: [1000], [cooperativeIds[c]]: [1000] })

        await must(api.post(`/admin/commission-rates/${created.data.commission_rate.id}`, { rate_bps: 1500 }, admin()), "change A's rate")
        const latest = await placeOrder()
        expect((await ratesOf(after.id))[cooperativeIds[a]]).toEqual([700])
        expect((await ratesOf(latest.id))[cooperativeIds[a]]).toEqual([1500])
      })
    })

    describe("access", () => {
      it("refuses every route without a staff token", async () => {
        const routes: [method: "get" | "post", url: string, body?: unknown][] = [
          ["get", "/admin/order-groups"],
          ["get", "/admin/order-groups/order_1"],
          ["get", "/admin/commission-rates"],
          ["post", "/admin/commission-rates", { rate_bps: 0 }],
          ["post", "/admin/commission-rates/comm_1", { rate_bps: 0 }],
        ]
        await expectAllUnauthorized([...callAll(api, routes), api.delete("/admin/commission-rates/comm_1")])
        const member = await login(api, ownerEmail(a), demoAccounts.password)
        await expectAllUnauthorized([...callAll(api, routes, member), api.delete("/admin/commission-rates/comm_1", bearer(member))])
        expect((await rates()).commission_rates).toEqual([])
      })
    })

    async function rates() {
      return (await must(api.get("/admin/commission-rates", admin()), "list rates")).data
    }
  },
})
