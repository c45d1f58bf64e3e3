import { readFileSync } from "node:fs"
import { join } from "node:path"
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test"
import { catalogues } from "../messages"
import { adminToken, backend, bearer, demoPassword } from "./backend"
import { chromiumAvailable, skipReason } from "./chromium"
import { logInAs, ownerOf, phone } from "./portal-helpers"

test.skip(!chromiumAvailable, skipReason)

const o = catalogues.fr.PortalOrders
const a = catalogues.fr.Account

/** The publishable key the e2e stack wrote for the storefront. */
function publishableKey(): string {
  const env = readFileSync(join(__dirname, "..", "..", ".data", "e2e", "storefront.env"), "utf8")
  return env.match(/^MEDUSA_PUBLISHABLE_KEY=(.*)$/m)?.[1] ?? ""
}

type Product = { handle: string; cooperative?: { handle: string; name: string } | null; variants: { inventory_quantity?: number }[] }

/** Two products with stock to spare, sold by two different cooperatives, in dirhams. */
async function productsOfTwoCooperatives(request: APIRequestContext): Promise<Product[]> {
  const headers = { "x-publishable-api-key": publishableKey() }
  const { regions } = await (await request.get(`${backend}/store/regions?fields=id,currency_code`, { headers })).json()
  const morocco = regions.find((region: { currency_code: string }) => region.currency_code === "mad").id
  const response = await request.get(`${backend}/store/products`, {
    headers,
    params: { region_id: morocco, limit: 100, fields: "handle,+cooperative.handle,+cooperative.name,variants.inventory_quantity" },
  })
  const { products } = (await response.json()) as { products: Product[] }
  const stocked = products.filter((product) => product.cooperative && product.variants.some((variant) => (variant.inventory_quantity ?? 0) >= 5))
  const first = stocked[0]
  const second = stocked.find((product) => product.cooperative!.handle !== first.cooperative!.handle)
  expect(second, "two cooperatives with stock").toBeTruthy()
  return [first, second!]
}

async function registerCustomer(request: APIRequestContext, email: string) {
  const registered = await request.post(`${backend}/auth/customer/emailpass/register`, { data: { email, password: demoPassword } })
  expect(registered.ok(), await registered.text()).toBe(true)
  const created = await request.post(`${backend}/store/customers`, {
    headers: { ...bearer((await registered.json()).token), "x-publishable-api-key": publishableKey() },
    data: { email, first_name: "Salma", last_name: "Bennani" },
  })
  expect(created.ok(), await created.text()).toBe(true)
}

async function addToCart(page: Page, handle: string) {
  await page.goto(`/fr/products/${handle}`, { waitUntil: "networkidle" })
  await page.getByRole("button", { name: "Ajouter au panier" }).click()
  await expect(page.getByRole("dialog", { name: "Votre panier" })).toBeVisible()
}

/** A cooperative's owner, on a phone, opens the order and takes it one step on. */
async function ownerPage(browser: Browser, request: APIRequestContext, cooperative: string) {
  const context = await browser.newContext({ ...phone, baseURL: "http://localhost:8100" })
  await logInAs(context, request, ownerOf(cooperative))
  return context.newPage()
}

async function openOrder(page: Page, displayId: string) {
  await page.goto("/fr/cooperative/orders")
  await page.getByRole("link", { name: new RegExp(o.card.number.replace("{n}", displayId)) }).first().click()
  await expect(page.getByRole("heading", { level: 1, name: o.detail.title.replace("{n}", displayId) })).toBeVisible()
}

test("a customer buys from two cooperatives, each ships its own parcel from the portal, and staff pay one of them", async ({ browser, page, request }) => {
  test.setTimeout(300_000)
  const [first, second] = await productsOfTwoCooperatives(request)
  const email = `salma.${Date.now().toString(36)}@example.ma`
  await registerCustomer(request, email)

  // The customer logs in and buys both pieces with cash on delivery.
  await page.goto("/fr/account/login")
  await page.getByRole("textbox", { name: a.form.email }).fill(email)
  await page.getByLabel(new RegExp(`^${a.form.password}`)).fill(demoPassword)
  await page.getByRole("button", { name: a.login.submit }).click()
  await expect(page).toHaveURL(/\/fr\/account$/)
  await addToCart(page, first.handle)
  await addToCart(page, second.handle)
  await page.getByRole("dialog", { name: "Votre panier" }).getByRole("link", { name: "Commander" }).click()
  await page.getByLabel("Prénom", { exact: true }).fill("Salma")
  await page.getByLabel("Nom", { exact: true }).fill("Bennani")
  await page.getByLabel("Adresse", { exact: true }).fill("7 derb Sidi Ali")
  await page.getByLabel("Ville").selectOption({ label: "Khénifra" })
  await page.getByLabel("Téléphone").fill("06 61 23 45 67")
  await page.getByRole("button", { name: "Continuer vers la livraison" }).click()
  await page.getByRole("radio", { name: /Livraison à domicile/ }).check()
  await page.getByRole("button", { name: "Continuer vers le paiement" }).click()
  await expect(page.getByRole("radio", { name: "Paiement à la livraison, en espèces" })).toBeChecked()
  await page.getByRole("button", { name: "Continuer vers la vérification" }).click()
  await page.getByRole("button", { name: "Confirmer la commande" }).click()
  await expect(page).toHaveURL(/\/fr\/order\/confirmed\/order_/)
  const orderId = page.url().split("/").pop()!
  const displayId = (await page.getByTestId("order-number").innerText()).replace(/\D/g, "")

  // Each cooperative accepts its part and ships it with its own tracking number.
  const tracking = { [first.cooperative!.handle]: `RR${Date.now().toString().slice(-9)}MA`, [second.cooperative!.handle]: `CTM-${Date.now().toString(36).toUpperCase()}` }
  const owners: Record<string, Page> = {}
  for (const cooperative of Object.keys(tracking)) {
    const owner = (owners[cooperative] = await ownerPage(browser, request, cooperative))
    await openOrder(owner, displayId)
    await owner.getByRole("button", { name: o.actions.accept }).click()
    await expect(owner.getByText(o.detail.done.accepted)).toBeVisible()
    await owner.getByLabel(o.actions.carrier, { exact: true }).selectOption({ label: "Amana" })
    await owner.getByLabel(o.actions.tracking, { exact: true }).fill(tracking[cooperative])
    await owner.getByRole("button", { name: o.actions.ship }).click()
    await expect(owner.getByText(o.detail.done.shipped)).toBeVisible()
  }

  // The customer sees both parcels on their way, each with its tracking number.
  await page.goto(`/fr/account/orders/${orderId}`)
  await expect(page.getByRole("heading", { name: a.parcels.heading })).toBeVisible()
  await expect(page.getByTestId("tracking-number")).toHaveCount(2)
  for (const number of Object.values(tracking)) await expect(page.getByTestId("tracking-number").filter({ hasText: number })).toBeVisible()

  // The first cooperative's parcel is delivered and the carrier hands over the cash.
  const paid = first.cooperative!.handle
  const owner = owners[paid]
  await owner.reload()
  await owner.getByRole("button", { name: o.actions.deliver }).click()
  await expect(owner.getByText(o.detail.done.delivered)).toBeVisible()

  // Staff see what is owed in Medusa Admin ("Versements") and record the bank transfer there.
  // The admin's session cookie is `Secure`: the browser says what a TLS-terminating proxy would.
  const staffContext = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-proto": "https" } })
  const admin = await staffContext.newPage()
  await admin.goto(`${backend}/app/login`)
  await admin.getByPlaceholder("Email").fill("admin@tiwizi.local")
  await admin.getByPlaceholder("Password").fill(demoPassword)
  await admin.getByRole("button", { name: /continue/i }).click()
  await admin.getByRole("link", { name: "Versements" }).click()
  await expect(admin.getByRole("heading", { level: 1, name: "Versements" })).toBeVisible()
  const row = admin.getByRole("row").filter({ hasText: first.cooperative!.name }).filter({ hasText: "MAD" })
  await row.getByRole("button", { name: "Enregistrer un versement" }).click()
  const drawer = admin.getByRole("dialog", { name: "Enregistrer un versement" })
  await expect(drawer.getByLabel("Montant (MAD)")).not.toHaveValue("")
  const reference = `VIR-${Date.now().toString(36).toUpperCase()}`
  await drawer.getByLabel("Référence bancaire").fill(reference)
  await drawer.getByRole("button", { name: "Enregistrer le versement" }).click()
  await expect(drawer).toBeHidden()
  // Everything owed was paid: the cooperative has nothing left to receive in dirhams.
  const staff = bearer(await adminToken(request))
  const { balances } = await (await request.get(`${backend}/admin/cooperative-balances`, { headers: staff })).json()
  expect(balances.filter((balance: { cooperative_handle: string; currency_code: string }) => balance.cooperative_handle === paid && balance.currency_code === "mad")).toEqual([])
  await staffContext.close()

  await owner.goto("/fr/cooperative/statement")
  await expect(owner.getByText(reference)).toBeVisible()
})
