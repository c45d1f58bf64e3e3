import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { ICacheService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { cancelOrderWorkflow, createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { rootOf } from "@tiwizi/crafts"
import { beforeAll, expect, it } from "vitest"
import { COOPERATIVE_SHARE } from "../../src/modules/cooperative/cooperative-share"
import { impactCacheKey } from "../../src/api/store/impact/impact-cache"
import { products } from "../../src/scripts/seed/catalogue"
import { cooperatives } from "../../src/scripts/seed/catalogue/cooperatives"
import { seededSuspension } from "../../src/scripts/seed/cooperative-decisions"
import { seedShop } from "../../src/scripts/seed/index"

const womenLed = (handle: string) => cooperatives.find((c) => c.handle === handle)?.womenLed === true
const isCarpet = (category: string) => rootOf(category as Parameters<typeof rootOf>[0]) === "tapis"

// Two one-of-a-kind carpets from two cooperatives, honey (not a carpet) and saffron from the
// cooperative the seed suspends (its products leave the shop, so it does not count as selling).
const firstCarpet = products.find((p) => isCarpet(p.category) && p.oneOfAKind && p.cooperative !== seededSuspension.handle)!
const secondCarpet = products.find((p) => isCarpet(p.category) && p.oneOfAKind && p.cooperative !== firstCarpet.cooperative)!
const honey = products.find((p) => p.category === "miel" && p.cooperative !== seededSuspension.handle)!
const saffron = products.find((p) => p.cooperative === seededSuspension.handle)!

type Impact = {
  cooperatives_selling: number
  women_led_cooperatives: number
  women_led_share: number
  carpets_sold: number
  cooperative_share: number
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let regionId: string
    let channelId: string

    const impact = async () => {
      const response = await api.get("/store/impact", { headers })
      expect(response.status).toBe(200)
      return { impact: response.data.impact as Impact, cacheControl: response.headers["cache-control"] as string }
    }
    const line = async (handle: string, quantity: number) => {
      const url = `/store/products?handle=${handle}&region_id=${regionId}&fields=title,variants.id,*variants.calculated_price`
      const product = (await api.get(url, { headers })).data.products[0]
      const variant = product.variants[0]
      return { variant_id: variant.id as string, title: product.title as string, unit_price: variant.calculated_price.calculated_amount as number, quantity }
    }
    const order = async (lines: [string, number][]) => {
      const items = await Promise.all(lines.map(([handle, quantity]) => line(handle, quantity)))
      const { result } = await createOrderWorkflow(getContainer()).run({
        input: { region_id: regionId, sales_channel_id: channelId, email: "impact@example.com", items },
      })
      return result.id
    }

    /** Carpets in orders that are not cancelled, read through the order and product modules. */
    const carpetsInOrders = async () => {
      const productModule = getContainer().resolve(Modules.PRODUCT)
      const carpetIds = new Set(
        (await productModule.listProducts({}, { relations: ["categories"], select: ["id"] }))
          .filter((product) => (product.categories ?? []).some((category) => isCarpet(category.handle)))
          .map((product) => product.id),
      )
      const orders = await getContainer().resolve(Modules.ORDER).listOrders({}, { relations: ["items"] })
      return orders
        .filter((o) => o.status !== "canceled")
        .flatMap((o) => o.items ?? [])
        .filter((item) => item.product_id && carpetIds.has(item.product_id))
        .reduce((sum, item) => sum + Number(item.quantity), 0)
    }

    /** Approved cooperatives with a published product in the shop's channel, read from the products' side. */
    const sellingFromProducts = async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product",
        fields: ["status", "sales_channels.id", "cooperative.handle", "cooperative.status", "cooperative.women_led"],
      })
      const selling = new Map<string, boolean>()
      for (const product of data as {
        status: string
        sales_channels?: ({ id: string } | null)[]
        cooperative?: { handle: string; status: string; women_led: boolean } | null
      }[]) {
        const onSale = product.status === "published" && (product.sales_channels ?? []).some((c) => c?.id === channelId)
        if (onSale && product.cooperative?.status === "approved") selling.set(product.cooperative.handle, product.cooperative.women_led)
      }
      return selling
    }

    beforeAll(async () => {
      const { publishableKey } = await seedShop(getContainer(), [firstCarpet, secondCarpet, honey, saffron])
      headers = { "x-publishable-api-key": publishableKey }
      regionId = (await api.get("/store/regions", { headers })).data.regions.find((r: { currency_code: string }) => r.currency_code === "mad").id
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["sales_channels.id"], filters: { handle: firstCarpet.handle } })
      channelId = (data[0] as { sales_channels: { id: string }[] }).sales_channels[0].id
    })

    it("computes the figures from the data, leaves cancelled orders out and caches them briefly", async () => {
      await order([
        [firstCarpet.handle, 1],
        [honey.handle, 2],
      ])
      const cancelled = await order([[secondCarpet.handle, 1]])
      await cancelOrderWorkflow(getContainer()).run({ input: { order_id: cancelled } })

      const { impact: first, cacheControl } = await impact()
      const selling = await sellingFromProducts()
      const womenLedSelling = [...selling.values()].filter(Boolean).length
      expect(first).toEqual({
        cooperatives_selling: selling.size,
        women_led_cooperatives: womenLedSelling,
        women_led_share: womenLedSelling / selling.size,
        carpets_sold: await carpetsInOrders(),
        cooperative_share: COOPERATIVE_SHARE,
      })
      // What the seed slice says, so the database readings above cannot both be wrong the same way.
      const expectedSelling = [firstCarpet, secondCarpet, honey].map((p) => p.cooperative)
      expect([...selling.keys()].sort()).toEqual([...new Set(expectedSelling)].sort())
      expect(first.women_led_cooperatives).toBe(new Set(expectedSelling.filter(womenLed)).size)
      expect(first.carpets_sold).toBe(1)
      expect(cacheControl).toMatch(/max-age=\d+/)

      // A new sale is served from the cache until it expires, then counted.
      await order([[secondCarpet.handle, 1]])
      expect((await impact()).impact.carpets_sold).toBe(1)
      await getContainer().resolve<ICacheService>(Modules.CACHE).invalidate(impactCacheKey([channelId]))
      const { impact: after } = await impact()
      expect(after.carpets_sold).toBe(2)
      expect(after.carpets_sold).toBe(await carpetsInOrders())
    })

    it("refuses query parameters it does not know", async () => {
      const error = await api.get("/store/impact?window=year", { headers }).catch((e: { response: { status: number; data: { message: string } } }) => e.response)
      expect(error.status).toBe(400)
      expect(error.data.message).toContain("window")
    })
  },
})
