import { expect, test, type Page } from "@playwright/test"
import { chromiumAvailable, skipReason } from "./chromium"

test.skip(!chromiumAvailable, skipReason)

const arabicLetters = /[\u0600-\u06FF]/

/** The named images are visible and really loaded (through next/image, from the backend). */
async function expectImagesLoaded(page: Page, names: string[]) {
  for (const name of names) {
    const image = page.getByRole("img", { name, exact: true }).first()
    await image.scrollIntoViewIfNeeded() // below the fold, images load lazily
    await expect(image).toBeVisible()
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
  }
}

test("/ leads to the French shop, with product cards and their pictures", async ({ page }) => {
  await page.goto("/")
  await expect(page).toHaveURL(/\/fr$/)
  await expect(page.locator("html")).toHaveAttribute("lang", "fr")
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr")
  await expect(page).toHaveTitle(/Tiwizi/)
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Khénifra")
  await expect(page.getByRole("link", { name: "Panier, vide" })).toBeVisible()

  const newest = page.getByRole("region", { name: "Nouveautés" })
  const cards = newest.getByRole("article")
  await expect(cards.first()).toBeVisible()
  expect(await cards.count()).toBeGreaterThanOrEqual(4)
  const titles = await cards.getByRole("link").allInnerTexts()
  await expectImagesLoaded(page, titles.slice(0, 2))
  await expect(newest.getByText(/MAD/).first()).toBeVisible()
})

test("the Arabic shop is right to left with translated product titles", async ({ page }) => {
  await page.goto("/ar")
  await expect(page.locator("html")).toHaveAttribute("lang", "ar")
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(arabicLetters)

  const newest = page.getByRole("region", { name: "وصل حديثًا" })
  const titles = await newest.getByRole("article").getByRole("link").allInnerTexts()
  expect(titles.length).toBeGreaterThanOrEqual(4)
  // The seed translates every product: a French title here means the locale was not sent.
  const untranslated = titles.filter((title) => !arabicLetters.test(title))
  expect(untranslated, "titles not in Arabic").toEqual([])
  // Prices keep Latin digits in Arabic.
  await expect(newest.getByText(/\d/).first()).toBeVisible()
  expect(await newest.textContent()).not.toMatch(/[٠-٩]/)
})

test("a product from the home page goes into the cart, with its price", async ({ page }) => {
  await page.goto("/fr")
  const cards = page.getByRole("region", { name: "Nouveautés" }).getByRole("article")
  const count = await cards.count()
  const addButton = page.getByRole("button", { name: "Ajouter au panier" })

  let title = ""
  for (let i = 0; i < count && !title; i++) {
    await page.goto("/fr")
    const link = cards.nth(i).getByRole("link")
    const name = (await link.innerText()).trim()
    await link.click()
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name)
    if (await addButton.isEnabled()) title = name
  }
  expect(title, "a product on the home page can be bought").not.toBe("")

  await expect(page.getByRole("region", { name: "Photos du produit" }).getByRole("img").first()).toBeVisible()
  const price = (await page.getByText(/\d\s?MAD$/).first().innerText()).trim()
  await addButton.click()
  await expect(page.getByText("Ajouté au panier.")).toBeVisible()
  await expect(page.getByRole("link", { name: "Panier, 1 article" })).toBeVisible()

  await page.getByRole("link", { name: "Voir le panier" }).click()
  await expect(page).toHaveURL(/\/fr\/cart$/)
  await expect(page.getByRole("heading", { level: 1, name: "Votre panier" })).toBeVisible()
  const line = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) })
  await expect(line).toBeVisible()
  await expect(line).toContainText(price)
  // The thumbnail is decorative next to the title (alt=""), so it has no img role to find it by.
  await expect(line.locator("img")).toHaveCount(1)

  // Switching to euros moves the cart to the European region: the cart is repriced.
  await page.getByRole("button", { name: "Prix en EUR (Europe)" }).click()
  await expect(page.getByRole("button", { name: "Prix en EUR (Europe)" })).toHaveAttribute("aria-pressed", "true")
  await expect(line).toContainText("€")

  // Same page in Arabic, same cart.
  await page.getByRole("link", { name: "العربية" }).click()
  await expect(page).toHaveURL(/\/ar\/cart$/)
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl")
  await expect(page.getByRole("heading", { level: 1, name: "سلة التسوق" })).toBeVisible()

  await page.getByRole("button", { name: /^إزالة / }).click()
  await expect(page.getByText("سلتك فارغة.")).toBeVisible()
})

test("an unknown page answers 404 with a way home", async ({ page }) => {
  const response = await page.goto("/fr/products/this-product-does-not-exist")
  expect(response?.status()).toBe(404)
  await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible()
  await expect(page.getByRole("link", { name: "Retour à l'accueil" })).toBeVisible()
})
