import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { expect, test, type Page } from "@playwright/test"
import { chromiumAvailable, skipReason } from "./chromium"

test.skip(!chromiumAvailable, skipReason)

const repo = join(__dirname, "..", "..")
const outbox = process.env.NOTIFICATIONS_FILE ?? join(repo, ".data", "notifications", "outbox.jsonl")
const demoCustomer = { email: "client@tiwizi.local", password: process.env.DEMO_PASSWORD ?? "tiwizi-demo" }

/** The newest password-reset link the backend wrote to the outbox for `email`, if any. */
function latestResetLink(email: string): string | undefined {
  if (!existsSync(outbox)) return undefined
  const lines = readFileSync(outbox, "utf8").split("\n").filter(Boolean)
  const resets = lines
    .map((line) => JSON.parse(line) as { to: string; template: string; locale?: string; data?: { url?: string } })
    .filter((entry) => entry.to === email && entry.template === "customer-password-reset")
  return resets.at(-1)?.data?.url
}

/** The e2e stack's backend and publishable key, as it wrote them for the storefront. */
function backendSettings(): { url: string; key: string } {
  const env = readFileSync(join(repo, ".data", "e2e", "storefront.env"), "utf8")
  const value = (name: string) => env.match(new RegExp(`^${name}=(.*)$`, "m"))?.[1] ?? ""
  return { url: value("MEDUSA_BACKEND_URL"), key: value("MEDUSA_PUBLISHABLE_KEY") }
}

/**
 * Places a cash-on-delivery order in Morocco as a customer, through the store API (the checkout
 * pages are tested on their own): one piece of a variant with stock to spare.
 */
async function placeOrder(email: string, password: string): Promise<{ id: string; display_id: number }> {
  const { url, key } = backendSettings()
  let token = ""
  const api = async <T>(path: string, body?: object): Promise<T> => {
    const response = await fetch(`${url}${path}`, {
      method: body ? "POST" : "GET",
      headers: { "content-type": "application/json", "x-publishable-api-key": key, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    })
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`)
    return (await response.json()) as T
  }
  token = (await api<{ token: string }>("/auth/customer/emailpass", { email, password })).token
  const { regions } = await api<{ regions: { id: string; currency_code: string }[] }>("/store/regions?fields=id,currency_code")
  const morocco = regions.find((region) => region.currency_code === "mad")!
  type Variant = { id: string; inventory_quantity?: number }
  const { products } = await api<{ products: { variants: Variant[] }[] }>(
    `/store/products?region_id=${morocco.id}&fields=id,variants.id,variants.inventory_quantity&limit=100`,
  )
  const variant = products.flatMap((product) => product.variants).find((candidate) => (candidate.inventory_quantity ?? 0) >= 5)!
  const { cart } = await api<{ cart: { id: string } }>("/store/carts", { region_id: morocco.id, email, locale: "fr" })
  await api(`/store/carts/${cart.id}/line-items`, { variant_id: variant.id, quantity: 1 })
  const address = { first_name: "Amina", last_name: "Ouhaddou", address_1: "12 rue des Tisserands", city: "Khénifra", country_code: "ma", phone: "+212612345678" }
  await api(`/store/carts/${cart.id}`, { shipping_address: address, billing_address: address })
  const { shipping_options } = await api<{ shipping_options: { id: string; name: string }[] }>(`/store/shipping-options?cart_id=${cart.id}`)
  const home = shipping_options.find((option) => option.name === "Livraison à domicile")
  if (!home) throw new Error(`no home delivery among ${shipping_options.map((option) => option.name).join(", ")}`)
  await api(`/store/carts/${cart.id}/shipping-methods`, { option_id: home.id })
  const { payment_collection } = await api<{ payment_collection: { id: string } }>("/store/payment-collections", { cart_id: cart.id })
  await api(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_cod_cod" })
  const completed = await api<{ type: string; order: { id: string; display_id: number } }>(`/store/carts/${cart.id}/complete`, {})
  expect(completed.type, "the cart became an order").toBe("order")
  return completed.order
}

/**
 * Submits a form and waits until the server action has answered: typing into a form while its
 * previous answer is still on the way would be undone by that answer. The button is disabled
 * (and named "…ing") while the action runs.
 */
async function submit(page: Page, button: string) {
  const sent = page.waitForRequest((request) => request.method() === "POST")
  await page.getByRole("button", { name: button }).click()
  await sent
  await expect(page.locator("main button[type=submit][disabled]")).toHaveCount(0)
}

async function logIn(page: Page, email: string, password: string) {
  await page.getByRole("textbox", { name: "E-mail" }).fill(email)
  await page.getByLabel(/^Mot de passe/).fill(password)
  await submit(page, "Se connecter")
}

async function logOut(page: Page) {
  await page.goto("/fr/account")
  await submit(page, "Se déconnecter")
  await expect(page).toHaveURL(/\/fr$/)
  await expect(page.getByRole("link", { name: "Se connecter" })).toBeVisible()
}

test.describe.serial("a customer account", () => {
  const email = `amina.${Date.now()}@tiwizi.test`
  const password = "laine-de-khenifra"
  const newPassword = "tapis-zayane-2026"

  test("registers, logs out, comes back through a protected page, keeps a Moroccan address, has no orders yet", async ({ page }) => {
    await page.goto("/fr/account/register")
    await expect(page).toHaveTitle(/Créer un compte/)
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/)

    // Mistakes are shown next to their field, in French, and what was typed stays.
    await page.getByRole("textbox", { name: "Prénom" }).fill("Amina")
    await page.getByRole("textbox", { name: "E-mail" }).fill("amina-sans-arobase")
    await page.getByLabel(/^Mot de passe/).fill("court")
    await submit(page, "Créer mon compte")
    const lastName = page.getByRole("textbox", { name: "Nom", exact: true })
    await expect(lastName).toHaveAttribute("aria-invalid", "true")
    await expect(lastName).toHaveAccessibleDescription("Ce champ est obligatoire.")
    await expect(page.getByRole("textbox", { name: "E-mail" })).toHaveAccessibleDescription("Cette adresse e-mail n’est pas valide.")
    await expect(page.getByLabel(/^Mot de passe/)).toHaveAccessibleDescription(/^Le mot de passe doit compter 8 caractères au moins\./)
    await expect(page.getByRole("textbox", { name: "Prénom" })).toHaveValue("Amina")
    await expect(page.getByLabel(/^Mot de passe/)).toHaveValue("")

    await lastName.fill("Ouhaddou")
    await page.getByRole("textbox", { name: "E-mail" }).fill(email.toUpperCase())
    await page.getByLabel(/^Mot de passe/).fill(password)
    await submit(page, "Créer mon compte")
    await expect(page).toHaveURL(/\/fr\/account$/)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bonjour Amina Ouhaddou")
    await expect(page.getByText(`Connecté avec ${email}`)).toBeVisible()
    await expect(page.getByRole("link", { name: "Mon compte : Amina" })).toBeVisible()

    await logOut(page)

    // A protected page leads to the login, then back to itself; wrong credentials say nothing more.
    await page.goto("/fr/account/orders")
    await expect(page).toHaveURL(/\/fr\/account\/login\?next=%2Ffr%2Faccount%2Forders$/)
    await logIn(page, email, "pas-le-bon-mot-de-passe")
    await expect(page.getByLabel(/^Mot de passe/)).toHaveValue("")
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("E-mail ou mot de passe incorrect.")
    await expect(page.getByRole("textbox", { name: "E-mail" })).toHaveValue(email)
    await logIn(page, "personne.inconnue@tiwizi.test", password)
    await expect(page.getByLabel(/^Mot de passe/)).toHaveValue("")
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("E-mail ou mot de passe incorrect.")
    await logIn(page, email, password)
    await expect(page).toHaveURL(/\/fr\/account\/orders$/)
    await expect(page.getByRole("heading", { level: 1, name: "Mes commandes" })).toBeVisible()
    await expect(page.getByText("Vous n’avez pas encore passé de commande.")).toBeVisible()

    await page.getByRole("link", { name: "Adresses", exact: true }).click()
    await page.getByRole("link", { name: "Ajouter une adresse" }).click()
    await expect(page.getByRole("combobox", { name: "Pays" })).toHaveValue("ma")
    await page.getByRole("textbox", { name: "Prénom" }).fill("Amina")
    await page.getByRole("textbox", { name: "Nom", exact: true }).fill("Ouhaddou")
    await page.getByRole("textbox", { name: "Adresse", exact: true }).fill("12 rue des Tisserands")
    await page.getByRole("combobox", { name: "Ville" }).fill("khenifra")
    await page.getByRole("textbox", { name: "Téléphone" }).fill("12 34")
    await submit(page, "Enregistrer l’adresse")
    const phone = page.getByRole("textbox", { name: "Téléphone" })
    await expect(phone).toHaveAttribute("aria-invalid", "true")
    await expect(phone).toHaveAccessibleDescription(/^Ce numéro de téléphone n’est pas valide pour ce pays\./)
    await expect(page.getByRole("textbox", { name: "Adresse", exact: true })).toHaveValue("12 rue des Tisserands")

    await phone.fill("06 12 34 56 78")
    await submit(page, "Enregistrer l’adresse")
    await expect(page).toHaveURL(/\/fr\/account\/addresses$/)
    const card = page.getByTestId("address")
    await expect(card).toHaveCount(1)
    await expect(card).toContainText("Khénifra")
    await expect(card).toContainText("Maroc")
    await expect(card).toContainText("+212612345678")

    // The profile renames the customer, and the header follows at once.
    await page.getByRole("link", { name: "Profil", exact: true }).click()
    const firstName = page.getByRole("textbox", { name: "Prénom" })
    await expect(firstName).toHaveValue("Amina")
    await firstName.fill("")
    await submit(page, "Enregistrer")
    await expect(firstName).toHaveAccessibleDescription("Ce champ est obligatoire.")
    await firstName.fill("Tiziri")
    await submit(page, "Enregistrer")
    await expect(page.getByRole("main").getByRole("status")).toHaveText("Votre profil est à jour.")
    await expect(page.getByRole("link", { name: "Mon compte : Tiziri" })).toBeVisible()
    await firstName.fill("Amina")
    await submit(page, "Enregistrer")
    await expect(page.getByRole("link", { name: "Mon compte : Amina" })).toBeVisible()
  })

  test("finds its order in the history and in detail, where no other customer can open it", async ({ page }) => {
    const order = await placeOrder(email, password)
    await page.goto("/fr/account/login")
    await logIn(page, email, password)
    await expect(page).toHaveURL(/\/fr\/account$/)
    await expect(page.getByTestId("order-list").getByRole("listitem")).toHaveCount(1)

    await page.getByRole("link", { name: "Commandes", exact: true }).click()
    const line = page.getByRole("link", { name: new RegExp(`^Commande n° ${order.display_id}\\b`) })
    await expect(line).toContainText("En préparation")
    await expect(line).toContainText("MAD")
    await line.click()
    await expect(page).toHaveURL(new RegExp(`/fr/account/orders/${order.id}$`))
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Commande n° ${order.display_id}`)
    await expect(page).toHaveTitle(new RegExp(`Commande n° ${order.display_id}`))
    // One cooperative sells this piece: one parcel, just received by it.
    await expect(page.getByRole("heading", { name: "Vos colis" })).toBeVisible()
    await expect(page.getByRole("heading", { name: /^Colis 1 sur 1 :/ })).toBeVisible()
    await expect(page.getByText("Reçue par la coopérative")).toBeVisible()
    await expect(page.locator("address")).toContainText("12 rue des Tisserands")
    await expect(page.locator("address")).toContainText("Khénifra")
    await expect(page.getByText("Livraison à domicile")).toBeVisible()
    await expect(page.getByTestId("order-total")).toContainText("MAD")

    await logOut(page)
    await page.goto("/fr/account/login")
    await logIn(page, demoCustomer.email, demoCustomer.password)
    await expect(page).toHaveURL(/\/fr\/account$/)
    for (const id of [order.id, "order_01JABCDEFGHJKMNPQRSTVWXYZ0", "not-an-order"]) {
      await page.goto(`/fr/account/orders/${id}`)
      await expect(page.getByRole("heading", { level: 1 }), id).toHaveText("Page introuvable")
    }
    await logOut(page)
  })

  test("forgets the password in English, sets a new one from the emailed link, and logs in with it", async ({ page }) => {
    await page.goto("/en/account/forgot-password")
    await page.getByRole("textbox", { name: "Email" }).fill(email)
    await submit(page, "Send the link")
    const sent = /If an account exists for this address/
    await expect(page.getByRole("main").getByRole("status")).toHaveText(sent)

    // An unknown email gets the very same answer.
    await page.getByRole("textbox", { name: "Email" }).fill("nobody.known@tiwizi.test")
    await submit(page, "Send the link")
    await expect(page.getByRole("main").getByRole("status")).toHaveText(sent)

    let link: string | undefined
    await expect.poll(() => (link = latestResetLink(email)), { message: `a customer-password-reset line for ${email} in ${outbox}` }).toBeTruthy()
    // The page's language travelled with the request, so the email and its link are in English.
    expect(link).toMatch(/\/en\/account\/reset-password\?token=[^&]+&email=/)

    await page.goto(link!)
    await expect(page.getByRole("heading", { level: 1, name: "New password" })).toBeVisible()
    await page.getByLabel(/^New password/).fill("short")
    await submit(page, "Save the password")
    await expect(page.getByLabel(/^New password/)).toHaveAccessibleDescription(/^The password must be at least 8 characters long\./)
    await page.getByLabel(/^New password/).fill(newPassword)
    await submit(page, "Save the password")
    await expect(page).toHaveURL(/\/en\/account\/login\?reset=done$/)
    await expect(page.getByRole("main").getByRole("status")).toHaveText(/Your password has been changed/)

    // The link served once.
    await page.goto(link!)
    await page.getByLabel(/^New password/).fill("yet-another-one")
    await submit(page, "Save the password")
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(/This link is no longer valid/)

    // The old password no longer opens the account; the new one does.
    await page.goto("/fr/account/login")
    await logIn(page, email, password)
    await expect(page.getByLabel(/^Mot de passe/)).toHaveValue("")
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("E-mail ou mot de passe incorrect.")
    await logIn(page, email, newPassword)
    await expect(page).toHaveURL(/\/fr\/account$/)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bonjour Amina Ouhaddou")
  })
})

test("the Arabic login page is right to left and answers in Arabic", async ({ page }) => {
  await page.goto("/ar/account/login")
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl")
  await submit(page, "تسجيل الدخول")
  await expect(page.getByRole("textbox", { name: "البريد الإلكتروني" })).toHaveAccessibleDescription("هذا الحقل إلزامي.")
})

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false })

  test("the login form still answers next to its fields and logs the customer in", async ({ page }) => {
    await page.goto("/fr/account/login?next=%2Ffr%2Faccount%2Faddresses")
    await submit(page, "Se connecter")
    await expect(page.getByRole("textbox", { name: "E-mail" })).toHaveAccessibleDescription("Ce champ est obligatoire.")
    await logIn(page, demoCustomer.email, demoCustomer.password)
    await expect(page).toHaveURL(/\/fr\/account\/addresses$/)
    await expect(page.getByRole("heading", { level: 1, name: "Mes adresses" })).toBeVisible()
  })

  test("a next parameter leading off the shop is ignored", async ({ page }) => {
    await page.goto("/fr/account/login?next=https%3A%2F%2Fevil.example%2F")
    await logIn(page, demoCustomer.email, demoCustomer.password)
    await expect(page).toHaveURL(/\/fr\/account$/)
  })
})
