import { expect, test, type APIRequestContext } from "@playwright/test"
import { backend } from "./backend"
import { chromiumAvailable, skipReason } from "./chromium"
import { listingPhoto } from "./portal-helpers"

test.skip(!chromiumAvailable, skipReason)

const staff = { email: "admin@tiwizi.local", password: "tiwizi-demo" }
const owner = { email: "tifawin-aghbalou@coop.tiwizi.local", password: "tiwizi-demo" }

/**
 * The session cookie of a production Medusa is `Secure`, and express-session sets it only on a
 * request it believes is HTTPS. The stack serves plain HTTP on localhost, so the browser says
 * what a TLS-terminating proxy would (Medusa's session trusts the proxy header).
 */
test.use({ extraHTTPHeaders: { "x-forwarded-proto": "https" } })

/** Whether the stack serves Medusa Admin (not when started with DISABLE_MEDUSA_ADMIN=true). */
async function adminServed(request: APIRequestContext): Promise<boolean> {
  const response = await request.get(`${backend}/app/login`).catch(() => null)
  return !!response?.ok() && (await response.text()).includes('id="medusa"')
}

/** A cooperative owner creates a carpet with a photo and submits it: a listing waiting for staff. */
async function submitListing(request: APIRequestContext, title: string): Promise<{ id: string; handle: string }> {
  const login = await request.post(`${backend}/auth/cooperative_member/emailpass`, { data: owner })
  expect(login.ok(), await login.text()).toBe(true)
  const headers = { authorization: `Bearer ${(await login.json()).token}` }
  const created = await request.post(`${backend}/vendor/products`, {
    headers,
    data: {
      // In the three languages, as a cooperative's listing should be: the shop's Arabic pages
      // (tested alongside) show it among the newest products.
      title: { fr: title, ar: `زربية زيانية ${title}`, en: `Zayane rug ${title}` },
      subtitle: { fr: "Laine de M'rirt, teintures végétales", ar: "صوف مريرت، صباغة نباتية", en: "M'rirt wool, plant dyes" },
      description: {
        fr: "Noué main par les tisserandes d'Aghbalou.",
        ar: "عقدتها يدويا نساجات أغبالو.",
        en: "Hand-knotted by the weavers of Aghbalou.",
      },
      category: "tapis-zayane",
      variants: [{ title: "150 × 240 cm", prices: { mad: 4800 }, stock: 1 }],
      provenance: { technique: "hand-knotted-pile", materials: ["wool"], dye_kind: "natural", dyes: ["madder"] },
    },
  })
  expect(created.ok(), await created.text()).toBe(true)
  const { product } = await created.json()
  const upload = await request.post(`${backend}/vendor/products/${product.id}/images`, {
    headers,
    multipart: { files: { name: "tapis.png", mimeType: "image/png", buffer: listingPhoto } },
  })
  expect(upload.ok(), await upload.text()).toBe(true)
  const submitted = await request.post(`${backend}/vendor/products/${product.id}/submit`, { headers, data: {} })
  expect(submitted.ok(), await submitted.text()).toBe(true)
  return { id: product.id, handle: product.handle }
}

test("staff approve a pending listing in Medusa Admin and it goes on sale", async ({ page, request }) => {
  // The e2e stack builds the admin: not finding it is a failure, not a reason to skip.
  expect(await adminServed(request), `Medusa Admin served at ${backend}/app`).toBe(true)
  const title = `Tapis zayane de revue ${Date.now()}`
  const listing = await submitListing(request, title)

  await page.goto(`${backend}/app/login`)
  await page.getByPlaceholder("Email").fill(staff.email)
  await page.getByPlaceholder("Password").fill(staff.password)
  await page.getByRole("button", { name: /continue/i }).click()
  await page.getByRole("link", { name: "Revue des annonces" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Revue des annonces" })).toBeVisible()

  // The store does not sell it yet. The shop is the store's default sales channel, which the
  // storefront's publishable key serves; `page.request` carries the staff session to find that key.
  const shopKey = async () => {
    const { stores } = await (await page.request.get(`${backend}/admin/stores?fields=default_sales_channel_id`)).json()
    const { api_keys } = await (await page.request.get(`${backend}/admin/api-keys?type=publishable&fields=token,sales_channels.id`)).json()
    const key = (api_keys as { token: string; sales_channels: { id: string }[] }[]).find((candidate) =>
      candidate.sales_channels.some((channel) => channel.id === stores[0].default_sales_channel_id),
    )
    expect(key, "a publishable key for the shop's sales channel").toBeDefined()
    return key!.token
  }
  const storeHeaders = { "x-publishable-api-key": await shopKey() }
  const inStore = async () => {
    const response = await request.get(`${backend}/store/products?handle=${listing.handle}`, { headers: storeHeaders })
    return ((await response.json()).products as unknown[]).length
  }
  expect(await inStore()).toBe(0)

  const card = page.getByRole("article", { name: title })
  await expect(card.getByText("Nouvelle annonce")).toBeVisible()
  await expect(card.getByRole("region", { name: "Titre", exact: true })).toContainText(title)
  await card.getByRole("button", { name: "Approuver et publier" }).click()
  const dialog = page.getByRole("alertdialog", { name: "Publier cette annonce ?" })
  await dialog.getByRole("button", { name: "Approuver" }).click()
  await expect(page.getByText(`« ${title} » est en ligne.`)).toBeVisible()
  await expect(card).toHaveCount(0)

  await expect.poll(inStore).toBe(1)
  await page.goto(`/fr/products/${listing.handle}`)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title)
})
