import { readFileSync } from "node:fs"
import { join } from "node:path"
import { expect, test, type Page } from "@playwright/test"
import { adminToken, backend } from "./backend"
import { chromiumAvailable, skipReason } from "./chromium"

test.skip(!chromiumAvailable, skipReason)

/** What each language calls the things the customer clicks and reads. */
const texts = {
  fr: {
    addToCart: "Ajouter au panier",
    cart: "Votre panier",
    checkout: "Commander",
    email: "Adresse e-mail",
    firstName: "Prénom",
    lastName: "Nom",
    address: "Adresse",
    city: "Ville",
    cityName: "Khénifra",
    phone: "Téléphone",
    toDelivery: "Continuer vers la livraison",
    homeDelivery: "Livraison à domicile",
    toPayment: "Continuer vers le paiement",
    cashOnDelivery: "Paiement à la livraison, en espèces",
    toReview: "Continuer vers la vérification",
    placeOrder: "Confirmer la commande",
    confirmed: "Merci, votre commande est enregistrée",
    emailSent: "Un e-mail de confirmation a été envoyé à",
    emptyCart: "Panier vide",
    required: "Ce champ est obligatoire.",
    invalidPhone: "Ce numéro n'est pas un numéro marocain valide.",
  },
  ar: {
    addToCart: "أضف إلى السلة",
    cart: "سلة التسوق",
    checkout: "إتمام الطلب",
    email: "البريد الإلكتروني",
    firstName: "الاسم الشخصي",
    lastName: "الاسم العائلي",
    address: "العنوان",
    city: "المدينة",
    cityName: "خنيفرة",
    phone: "الهاتف",
    toDelivery: "متابعة إلى التوصيل",
    homeDelivery: "التوصيل إلى المنزل",
    toPayment: "متابعة إلى الدفع",
    cashOnDelivery: "الدفع عند الاستلام، نقدًا",
    toReview: "متابعة إلى المراجعة",
    placeOrder: "تأكيد الطلب",
    confirmed: "شكرًا، تم تسجيل طلبك",
    emailSent: "أرسلنا رسالة تأكيد إلى",
    emptyCart: "السلة فارغة",
    required: "هذه الخانة إلزامية.",
    invalidPhone: "هذا ليس رقمًا مغربيًا صالحًا.",
  },
} as const

type Locale = keyof typeof texts

const viewports = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false },
}

/**
 * Puts a carpet from the carpets category into the cart and returns its handle. Carpets are
 * mostly one of a kind and earlier tests bought some (the product page may still say "in stock"
 * for a while from its cache), so it goes down the list until the cart takes one.
 */
async function addCarpet(page: Page, locale: Locale): Promise<string> {
  const t = texts[locale]
  await page.goto(`/${locale}/categories/tapis`)
  const hrefs = await page.locator("main article a[href*='/products/']").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""))
  expect(hrefs.length, "the carpets category lists carpets").toBeGreaterThan(0)
  for (const href of hrefs) {
    // Once the page is interactive, adding opens the drawer (before, the form posts as a plain form).
    await page.goto(href, { waitUntil: "networkidle" })
    const add = page.getByRole("button", { name: t.addToCart })
    if (!(await add.isVisible()) || !(await add.isEnabled())) continue
    await add.click()
    const drawer = page.getByRole("dialog", { name: t.cart })
    const refused = page.locator("main form").getByRole("alert")
    await expect(drawer.or(refused)).toBeVisible()
    if (await drawer.isVisible()) return href.split("/").pop() ?? ""
  }
  throw new Error("no carpet could be added to the cart")
}

async function fillAddress(page: Page, locale: Locale, values: { email: string; address: string; phone: string }) {
  const t = texts[locale]
  await page.getByLabel(t.email).fill(values.email)
  await page.getByLabel(t.firstName, { exact: true }).fill("Itto")
  await page.getByLabel(t.lastName, { exact: true }).fill("Oulhaj")
  await page.getByLabel(t.address, { exact: true }).fill(values.address)
  await page.getByLabel(t.city).selectOption({ label: t.cityName })
  await page.getByLabel(t.phone).fill(values.phone)
}

for (const locale of ["fr", "ar"] as const) {
  for (const [device, settings] of Object.entries(viewports)) {
    test.describe(`${locale} on a ${device}`, () => {
      test.use(settings)

      test("a guest buys a carpet with cash on delivery to a Moroccan address", async ({ page, request }) => {
        const t = texts[locale]
        const email = `guest-${locale}-${device}-${Date.now()}@example.ma`
        const handle = await addCarpet(page, locale)

        await page.getByRole("dialog", { name: t.cart }).getByRole("link", { name: t.checkout }).click()
        await expect(page).toHaveURL(new RegExp(`/${locale}/checkout`))
        await expect(page.getByRole("navigation").locator("[aria-current=step]")).toHaveCount(1)

        await fillAddress(page, locale, { email, address: "12 rue Zitoune, Hay Amal", phone: "06 61 23 45 67" })
        await page.getByRole("button", { name: t.toDelivery }).click()
        await expect(page).toHaveURL(/step=delivery/)

        await page.getByRole("radio", { name: new RegExp(t.homeDelivery) }).check()
        await page.getByRole("button", { name: t.toPayment }).click()
        await expect(page).toHaveURL(/step=payment/)

        await expect(page.getByRole("radio", { name: t.cashOnDelivery })).toBeChecked()
        await page.getByRole("button", { name: t.toReview }).click()
        await expect(page).toHaveURL(/step=review/)
        await expect(page.getByText(t.cashOnDelivery).first()).toBeVisible()

        await page.getByRole("button", { name: t.placeOrder }).dblclick()
        await expect(page).toHaveURL(new RegExp(`/${locale}/order/confirmed/order_`))
        await expect(page.getByRole("heading", { level: 1, name: t.confirmed })).toBeVisible()
        await expect(page.getByText(t.emailSent)).toContainText(email)
        await expect(page.locator("address")).toContainText(t.cityName)
        await expect(page.locator("address")).toContainText("+212661234567")
        await expect(page.getByText(t.cashOnDelivery)).toBeVisible()
        const orderId = page.url().split("/").pop() ?? ""
        const shownNumber = (await page.getByTestId("order-number").innerText()).replace(/\D/g, "")

        // The cart was emptied: the header's cart link says so.
        await expect(page.getByRole("link", { name: t.emptyCart })).toBeVisible()

        const token = await adminToken(request)
        const fields = [
          "id,display_id,email,currency_code,total,item_total,shipping_total",
          "items.product_handle,items.quantity,items.unit_price",
          "shipping_methods.name,shipping_methods.amount",
          "shipping_address.first_name,shipping_address.last_name,shipping_address.address_1,shipping_address.city,shipping_address.country_code,shipping_address.phone",
          "payment_collections.payment_sessions.provider_id",
        ].join(",")
        const response = await request.get(`${backend}/admin/orders/${orderId}`, { params: { fields }, headers: { authorization: `Bearer ${token}` } })
        expect(response.ok()).toBe(true)
        const { order } = await response.json()

        expect(String(order.display_id)).toBe(shownNumber)
        expect(order.email).toBe(email)
        expect(order.currency_code).toBe("mad")
        expect(order.items).toHaveLength(1)
        expect(order.items[0]).toMatchObject({ product_handle: handle, quantity: 1 })
        expect(order.item_total).toBe(order.items[0].unit_price)
        expect(order.shipping_methods).toHaveLength(1)
        // The method keeps its name in the language the customer ordered in.
        expect(order.shipping_methods[0]).toMatchObject({ name: t.homeDelivery, amount: 35 })
        expect(order.shipping_total).toBe(35)
        expect(order.total).toBe(order.item_total + order.shipping_total)
        expect(order.shipping_address).toMatchObject({
          first_name: "Itto",
          last_name: "Oulhaj",
          address_1: "12 rue Zitoune, Hay Amal",
          city: "Khénifra",
          country_code: "ma",
          phone: "+212661234567",
        })
        const providers = order.payment_collections.flatMap((c: { payment_sessions: { provider_id: string }[] }) => c.payment_sessions.map((s) => s.provider_id))
        expect(providers).toContain("pp_cod_cod")

        // Another visitor (without this browser's cookies) does not see it.
        expect((await request.get(`/${locale}/order/confirmed/${orderId}`)).status()).toBe(404)
      })
    })
  }
}

test("a wrong phone and an empty address line are refused next to their fields, and nothing is ordered", async ({ page, request }) => {
  const t = texts.fr
  const email = `refused-${Date.now()}@example.ma`
  await addCarpet(page, "fr")
  await page.getByRole("dialog", { name: t.cart }).getByRole("link", { name: t.checkout }).click()

  await fillAddress(page, "fr", { email, address: "", phone: "12345" })
  await page.getByRole("button", { name: t.toDelivery }).click()

  const phone = page.getByLabel(t.phone)
  await expect(phone).toHaveAttribute("aria-invalid", "true")
  await expect(phone).toHaveAccessibleDescription(new RegExp(t.invalidPhone))
  await expect(phone).toHaveValue("12345")
  const address = page.getByLabel(t.address, { exact: true })
  await expect(address).toHaveAttribute("aria-invalid", "true")
  await expect(address).toHaveAccessibleDescription(t.required)
  // What was typed elsewhere is kept, and valid fields are not marked.
  await expect(page.getByLabel(t.firstName, { exact: true })).toHaveValue("Itto")
  await expect(page.getByLabel(t.email)).not.toHaveAttribute("aria-invalid")
  await expect(page).not.toHaveURL(/step=delivery/)

  // The cart kept nothing of the refused answers, and no order carries the e-mail.
  const cartId = (await page.context().cookies()).find((cookie) => cookie.name === "tiwizi_cart")?.value
  expect(cartId).toBeTruthy()
  const cartResponse = await request.get(`${backend}/store/carts/${cartId}`, {
    params: { fields: "id,email,completed_at,shipping_address.address_1" },
    headers: { "x-publishable-api-key": publishableKey() },
  })
  expect(cartResponse.ok()).toBe(true)
  const { cart } = await cartResponse.json()
  expect(cart).toMatchObject({ email: null, completed_at: null })
  expect(cart.shipping_address?.address_1 ?? null).toBeNull()

  const token = await adminToken(request)
  const orders = await request.get(`${backend}/admin/orders`, { params: { q: email, fields: "id,email" }, headers: { authorization: `Bearer ${token}` } })
  expect(orders.ok()).toBe(true)
  expect((await orders.json()).count).toBe(0)
})

/** The e2e stack's publishable key, which its seed wrote for the storefront. */
function publishableKey(): string {
  const env = readFileSync(join(__dirname, "..", "..", ".data", "e2e", "storefront.env"), "utf8")
  return /^MEDUSA_PUBLISHABLE_KEY=(.*)$/m.exec(env)?.[1] ?? ""
}

test.describe("the cart drawer, in Arabic on a desktop", () => {
  test.use(viewports.desktop)

  test("opens on the end side after adding, closes with Escape, reopens from the header, and the cart survives a reload", async ({ page }) => {
    const t = texts.ar
    await addCarpet(page, "ar")
    const drawer = page.getByRole("dialog", { name: t.cart })
    // Right to left: the panel sits against the left edge.
    expect((await drawer.boundingBox())?.x).toBe(0)
    await page.keyboard.press("Escape")
    await expect(drawer).toBeHidden()

    await page.reload({ waitUntil: "networkidle" })
    const cartLink = page.getByRole("link", { name: "السلة 1 قطعة" })
    await cartLink.click()
    await expect(drawer).toBeVisible()
    await expect(drawer.getByRole("button", { name: /^إزالة / })).toBeVisible()
    // The dialog is modal: focus is inside it.
    expect(await drawer.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true)
    expect(page.url()).not.toContain("cart_")
  })
})
