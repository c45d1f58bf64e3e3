import { readFileSync } from "node:fs"
import { join } from "node:path"
import { expect, test, type APIRequestContext } from "@playwright/test"
import { formatMoney, formatNumber } from "@tiwizi/locale"
import { catalogues } from "../messages"
import { checkPage } from "./axe"
import { backend, bearer, memberToken } from "./backend"
import { chromiumAvailable, skipReason } from "./chromium"
import { logInAs, ownerOf, phone } from "./portal-helpers"

test.skip(!chromiumAvailable, skipReason)
test.use(phone)

// A seeded cooperative whose couscous has stock to spare (40 of each): every run buys from it.
const cooperative = "al-khayr-sidi-kacem"
const customer = { first_name: "Amina", last_name: "Ouhaddou", address_1: "12 rue des Tisserands", city: "Khénifra", postal_code: "54000", country_code: "ma", phone: "+212612345678" }

type Part = {
  id: string
  order_id: string
  order_display_id: number
  status: string
  currency_code: string
  amount_due: number
  cash_collected: number | null
  carrier: string | null
  tracking_number: string | null
  items: { id: string; title: string; quantity: number; unit_price: number; cancelled_at: string | null; cancel_reason: string | null }[]
}

/** The e2e stack's publishable key, which its seed wrote for the storefront. */
function publishableKey(): string {
  const env = readFileSync(join(__dirname, "..", "..", ".data", "e2e", "storefront.env"), "utf8")
  return /^MEDUSA_PUBLISHABLE_KEY=(.*)$/m.exec(env)?.[1] ?? ""
}

/** One call to the API, failing the test with the backend's own words when it refuses. */
async function call<T>(request: APIRequestContext, method: "get" | "post", path: string, headers: Record<string, string>, data?: object): Promise<T> {
  const response = await request[method](`${backend}${path}`, { headers, ...(data ? { data } : {}) })
  expect(response.ok(), `${method.toUpperCase()} ${path}: ${await response.text()}`).toBe(true)
  return (await response.json()) as T
}

/**
 * A customer's cash-on-delivery order in Morocco of `lines` of the cooperative's live products
 * (one piece each), placed through the store API as checkout does (cart, address, shipping,
 * payment session, complete): the cooperative's part, as its owner reads it.
 */
async function placeOrder(request: APIRequestContext, lines: number): Promise<{ part: Part; token: string }> {
  const token = await memberToken(request, ownerOf(cooperative))
  const vendor = bearer(token)
  const { products } = await call<{ products: { variants: { id: string; stock: number; reserved: number }[] }[] }>(
    request,
    "get",
    "/vendor/products?state=live&limit=50",
    vendor,
  )
  const variants = products.flatMap((product) => product.variants.filter((variant) => variant.stock - variant.reserved >= 5).slice(0, 1)).slice(0, lines)
  expect(variants, `${cooperative} has ${lines} live products with stock`).toHaveLength(lines)

  const store = { "x-publishable-api-key": publishableKey() }
  const { regions } = await call<{ regions: { id: string; currency_code: string }[] }>(request, "get", "/store/regions?fields=id,currency_code", store)
  const morocco = regions.find((region) => region.currency_code === "mad")!
  const items = variants.map((variant) => ({ variant_id: variant.id, quantity: 1 }))
  const { cart } = await call<{ cart: { id: string } }>(request, "post", "/store/carts", store, { region_id: morocco.id, items, email: "amina.ouhaddou@example.ma", locale: "fr" })
  await call(request, "post", `/store/carts/${cart.id}`, store, { shipping_address: customer, billing_address: customer })
  const { shipping_options } = await call<{ shipping_options: { id: string }[] }>(request, "get", `/store/shipping-options?cart_id=${cart.id}`, store)
  await call(request, "post", `/store/carts/${cart.id}/shipping-methods`, store, { option_id: shipping_options[0].id })
  const { payment_collection } = await call<{ payment_collection: { id: string } }>(request, "post", "/store/payment-collections", store, { cart_id: cart.id })
  await call(request, "post", `/store/payment-collections/${payment_collection.id}/payment-sessions`, store, { provider_id: "pp_cod_cod" })
  const completed = await call<{ type: string; order: { id: string } }>(request, "post", `/store/carts/${cart.id}/complete`, store, {})
  expect(completed.type).toBe("order")

  const { orders } = await call<{ orders: Part[] }>(request, "get", "/vendor/orders?status=new&limit=50", vendor)
  const part = orders.find((candidate) => candidate.order_id === completed.order.id)
  expect(part, "the order reaches the cooperative as a new part").toBeDefined()
  return { part: part!, token }
}

const readPart = async (request: APIRequestContext, token: string, id: string) => (await call<{ order: Part }>(request, "get", `/vendor/orders/${id}`, bearer(token))).order

test.describe("a cooperative's orders, in French on a phone", () => {
  test("accepts a new order, prints its packing slip, ships it with a tracking number, and delivers it collecting the cash", async ({ page, context, request }) => {
    test.setTimeout(120_000)
    const t = catalogues.fr.PortalOrders
    const { part, token } = await placeOrder(request, 1)
    const number = t.card.number.replace("{n}", String(part.order_display_id))
    const due = formatMoney(part.amount_due, part.currency_code, "fr")
    await logInAs(context, request, ownerOf(cooperative))

    // The home's to-do counts it and leads to the orders to do.
    await page.goto("/fr/cooperative")
    const todo = page.getByRole("link", { name: /commandes? à préparer/ })
    await expect(todo).toBeVisible()
    await todo.click()
    await expect(page).toHaveURL(/\/fr\/cooperative\/orders$/)
    const card = page.getByRole("article", { name: number })
    await expect(card.getByText(t.status.new)).toBeVisible()
    await expect(card.getByText(t.card.collect.replace("{price}", due))).toBeVisible()

    await card.getByRole("button", { name: t.next.accept }).click()
    await expect(page).toHaveURL(new RegExp(`/fr/cooperative/orders/${part.id}\\?done=accepted`))
    await expect(page.getByRole("status")).toHaveText(t.detail.done.accepted)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.detail.title.replace("{n}", String(part.order_display_id)))
    await expect(page.getByRole("link", { name: `${t.detail.call} ${customer.phone}` })).toHaveAttribute("href", `tel:${customer.phone}`)
    await checkPage(page, "fr order, accepted")

    // The packing slip: who sends what to whom, the cash to collect, no other price.
    await page.getByRole("link", { name: t.actions.packingSlip }).click()
    await expect(page).toHaveURL(new RegExp(`/orders/${part.id}/packing-slip$`))
    const slip = page.locator("#packing-slip")
    await expect(slip.getByRole("heading", { level: 1 })).toHaveText(t.slip.title)
    await expect(slip).toContainText(t.slip.order.replace("{n}", String(part.order_display_id)))
    await expect(slip).toContainText(`${customer.first_name} ${customer.last_name}`)
    await expect(slip).toContainText(customer.address_1)
    await expect(slip).toContainText(customer.phone)
    await expect(slip.getByRole("row").filter({ hasText: part.items[0].title })).toContainText(formatNumber(part.items[0].quantity, "fr"))
    await expect(slip).toContainText(t.slip.collect.replace("{price}", due))
    expect((await slip.innerText()).match(/MAD/g), "one amount on the slip: the cash to collect").toHaveLength(1)
    await page.emulateMedia({ media: "print" })
    await expect(page.getByRole("button", { name: t.slip.print })).toBeHidden()
    await expect(page.getByRole("navigation", { name: catalogues.fr.Portal.tabs.label })).toBeHidden()
    await expect(slip).toBeVisible()
    await page.emulateMedia({ media: "screen" })
    await page.getByRole("link", { name: t.slip.back }).click()

    // Shipping: the tracking number is required, and said next to its field.
    const carrier = page.getByLabel(t.actions.carrier, { exact: true })
    await expect(page.getByLabel(t.actions.carrierOtherName)).toBeHidden()
    await carrier.selectOption("other")
    await expect(page.getByLabel(t.actions.carrierOtherName)).toBeVisible()
    await carrier.selectOption("Amana")
    await expect(page.getByLabel(t.actions.carrierOtherName)).toBeHidden()
    await page.getByRole("button", { name: t.actions.ship }).click()
    const tracking = page.getByLabel(t.actions.tracking, { exact: true })
    await expect(tracking).toHaveAttribute("aria-invalid", "true")
    await expect(tracking).toHaveAccessibleDescription(`${t.errors.required} ${t.actions.trackingHint}`)
    await expect(carrier).toHaveValue("Amana")
    await tracking.fill("RR123456789MA")
    await page.getByRole("button", { name: t.actions.ship }).click()
    await expect(page.getByRole("status")).toHaveText(t.detail.done.shipped)
    await expect(page.getByText(t.detail.tracking.replace("{name}", "Amana").replace("{label}", "RR123456789MA"))).toBeVisible()

    // Delivery: the cash field holds what is due.
    const cash = page.getByLabel(t.actions.cash.replace("{currency}", "MAD"))
    await expect(cash).toHaveValue(formatNumber(part.amount_due, "fr", { useGrouping: false, maximumFractionDigits: 2 }))
    await page.getByRole("button", { name: t.actions.deliver }).click()
    await expect(page.getByRole("status")).toHaveText(t.detail.done.delivered)
    await expect(page.getByText(t.status.delivered, { exact: true }).first()).toBeVisible()
    await expect(page.getByText(t.actions.nothingLeft)).toBeVisible()

    expect(await readPart(request, token, part.id)).toMatchObject({ status: "delivered", carrier: "Amana", tracking_number: "RR123456789MA", cash_collected: part.amount_due })
    await page.goto("/fr/cooperative/orders?tab=delivered")
    await expect(page.getByRole("article", { name: number })).toBeVisible()

    // The statement: the delivered sale and Tiwizi's commission on it, then the month as a file.
    await page.getByRole("link", { name: t.list.statement }).click()
    await expect(page).toHaveURL(/\/fr\/cooperative\/statement$/)
    const sale = page.getByRole("listitem").filter({ has: page.locator(`a[href="/fr/cooperative/orders/${part.id}"]`) })
    await expect(sale.filter({ hasText: t.statement.kinds.sale })).toContainText(`+${due}`)
    await expect(sale.filter({ hasText: t.statement.kinds.commission })).toHaveCount(1)
    await checkPage(page, "fr statement")
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: t.statement.download }).click()])
    expect(download.suggestedFilename()).toMatch(new RegExp(`^tiwizi-${cooperative}-\\d{4}-\\d{2}\\.csv$`))
    const csv = readFileSync(await download.path(), "utf8")
    expect(csv).toContain("vente")
    expect(csv).toContain("commission")
  })

  test("cancels an item it cannot supply, without JavaScript: the reason is required, then the customer is refunded", async ({ browser, request }) => {
    test.setTimeout(120_000)
    const t = catalogues.fr.PortalOrders
    const { part, token } = await placeOrder(request, 2)
    const context = await browser.newContext({ ...phone, javaScriptEnabled: false })
    try {
      await logInAs(context, request, ownerOf(cooperative))
      const page = await context.newPage()
      await page.goto(`/fr/cooperative/orders/${part.id}`)
      const [first, second] = part.items
      const line = page.locator("li", { has: page.getByText(first.title, { exact: true }) }).filter({ has: page.locator("details") })
      await line.getByText(t.actions.cancelItem).click()
      await line.getByRole("button", { name: t.actions.cancelConfirm }).click()
      // The page came back from the server with the error next to the reason, the question still open.
      const reason = line.getByLabel(t.actions.reason)
      await expect(reason).toHaveAttribute("aria-invalid", "true")
      await expect(reason).toHaveAccessibleDescription(`${t.errors.required} ${t.actions.reasonHint}`)
      await reason.fill("Le dernier sac de cette récolte a pris l'humidité.")
      await line.getByRole("button", { name: t.actions.cancelConfirm }).click()
      await expect(page.getByRole("status")).toHaveText(t.detail.done.item_cancelled)
      await expect(page.getByText("Le dernier sac de cette récolte a pris l'humidité.")).toBeVisible()

      const after = await readPart(request, token, part.id)
      expect(after.status).toBe("new")
      expect(after.items.find((item) => item.id === first.id)).toMatchObject({ cancel_reason: "Le dernier sac de cette récolte a pris l'humidité." })
      expect(after.items.find((item) => item.id === second.id)?.cancelled_at).toBeNull()
      expect(after.amount_due).toBeLessThan(part.amount_due)
    } finally {
      await context.close()
    }
  })
})

test.describe("one cooperative's order and another's member", () => {
  test("sees the portal's 404 at the order, its packing slip, and nothing of it", async ({ page, context, request }) => {
    const { part } = await placeOrder(request, 1)
    await logInAs(context, request, ownerOf("tifawin-aghbalou"))
    for (const path of [`/fr/cooperative/orders/${part.id}`, `/fr/cooperative/orders/${part.id}/packing-slip`]) {
      const response = await page.goto(path)
      expect(response?.status()).toBe(404)
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(catalogues.fr.Portal.notFound.title)
      await expect(page.getByText(customer.last_name)).toHaveCount(0)
    }
  })
})

test.describe("a cooperative's orders in Arabic, WCAG 2.1 AA", () => {
  test("the orders list and the statement", async ({ page, context, request }) => {
    await placeOrder(request, 1)
    await logInAs(context, request, ownerOf(cooperative))
    await page.goto("/ar/cooperative/orders")
    await expect(page.getByRole("article").first()).toBeVisible()
    await checkPage(page, "ar orders list")
    await page.goto("/ar/cooperative/statement")
    await checkPage(page, "ar statement")
  })
})
