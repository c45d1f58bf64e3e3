import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { beforeAll, expect, it } from "vitest"
import { seedShop } from "../../src/scripts/seed/index"
import { products } from "../../src/scripts/seed/catalogue"
import { reinstateCooperativeWorkflow, suspendCooperativeWorkflow } from "../../src/workflows/cooperative-review"

const carpet = products.find((p) => p.category.startsWith("tapis") && p.oneOfAKind)!
const honey = products.find((p) => p.category === "miel")!

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let regionId: string
    const variantOf = async (handle: string) =>
      (await api.get(`/store/products?handle=${handle}&fields=*variants`, { headers })).data.products[0]?.variants[0].id
    const refusal = (error: { response: { status: number; data: { message: string } } }) => error.response

    beforeAll(async () => {
      const { publishableKey } = await seedShop(getContainer(), [carpet, honey])
      headers = { "x-publishable-api-key": publishableKey }
      regionId = (await api.get("/store/regions", { headers })).data.regions[0].id
    })

    it("keeps a suspended cooperative's products out of carts, and lets them back in when reinstated", async () => {
      const container = getContainer()
      const carpetVariant = await variantOf(carpet.handle)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "cooperative", fields: ["id"], filters: { handle: carpet.cooperative } })
      await suspendCooperativeWorkflow(container).run({ input: { id: data[0].id, decided_by: "user_test", reason: "Contrôle en cours" } })

      const created = await api.post("/store/carts", { region_id: regionId, items: [{ variant_id: carpetVariant, quantity: 1 }] }, { headers }).catch(refusal)
      expect(created.status).toBe(400)
      expect(created.data.message).toContain("not on sale")
      const { data: empty } = await api.post("/store/carts", { region_id: regionId }, { headers })
      const added = await api.post(`/store/carts/${empty.cart.id}/line-items`, { variant_id: carpetVariant, quantity: 1 }, { headers }).catch(refusal)
      expect(added.status).toBe(400)
      expect((await api.get(`/store/carts/${empty.cart.id}`, { headers })).data.cart.items).toHaveLength(0)

      await reinstateCooperativeWorkflow(container).run({ input: { id: data[0].id, decided_by: "user_test" } })
      const { data: after } = await api.post(`/store/carts/${empty.cart.id}/line-items`, { variant_id: carpetVariant, quantity: 1 }, { headers })
      expect(after.cart.items).toHaveLength(1)
    })

    it("refuses a product that is not published", async () => {
      const honeyVariant = await variantOf(honey.handle)
      const productModule = getContainer().resolve(Modules.PRODUCT)
      const [product] = await productModule.listProducts({ handle: honey.handle }, { select: ["id"] })
      await productModule.updateProducts(product.id, { status: "draft" })
      const { data: cart } = await api.post("/store/carts", { region_id: regionId }, { headers })
      const added = await api.post(`/store/carts/${cart.cart.id}/line-items`, { variant_id: honeyVariant, quantity: 1 }, { headers }).catch(refusal)
      expect(added.status).toBe(400)
    })
  },
})
