import { expect, test, type Page } from "@playwright/test"
import { chromiumAvailable, skipReason } from "./chromium"

test.skip(!chromiumAvailable, skipReason)

const arabicLetters = /[\u0600-\u06FF]/

/** What a results page shows, in order: the cards' titles and the active filters' chips. */
async function resultsOf(page: Page, names: { results: string; chips: string }) {
  const cards = page.getByRole("region", { name: names.results }).getByRole("article")
  await expect(cards.first()).toBeVisible()
  return {
    titles: await cards.getByRole("link").allInnerTexts(),
    chips: await page.getByRole("list", { name: names.chips }).getByRole("link").allInnerTexts(),
  }
}

/** Opens a folded filter box by its title and returns its checkboxes. */
async function filterBox(page: Page, title: string) {
  const group = page.getByRole("group", { name: title })
  if (!(await group.isVisible())) await page.locator("summary", { hasText: title }).click()
  await expect(group).toBeVisible()
  return group.getByRole("checkbox")
}

test("Arabic search: type-ahead through a typo, two filters, and a link that opens the same results elsewhere", async ({ page, browser }) => {
  const arabic = { results: "النتائج", chips: "عوامل التصفية المفعّلة" }
  await page.goto("/ar")
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl")
  const box = page.getByRole("combobox", { name: "ابحث في المتجر" })
  const list = page.getByRole("listbox", { name: "منتجات مقترحة" })
  const options = list.getByRole("option")

  // Keystrokes sent before the box is hydrated fetch nothing: type again until results answer.
  await expect(async () => {
    await box.fill("")
    // خنفرة: Khénifra with a letter missing (خنيفرة).
    await box.pressSequentially("خنفرة", { delay: 40 })
    await expect(options.first()).toBeVisible({ timeout: 3_000 })
  }).toPass({ timeout: 30_000 })
  await expect(box).toHaveAttribute("aria-expanded", "true")
  expect(await options.count()).toBeLessThanOrEqual(6)
  // Titles in Arabic, prices in dirhams (the default currency) with Latin digits.
  await expect(options.first()).toContainText(arabicLetters)
  await expect(options.first()).toContainText("د.م.")
  expect(await list.textContent()).not.toMatch(/[٠-٩]/)

  // Down chooses the first result; Escape closes the list and keeps the words.
  await box.press("ArrowDown")
  await expect(box).toHaveAttribute("aria-activedescendant", (await options.first().getAttribute("id")) ?? "")
  await box.press("Escape")
  await expect(box).toHaveAttribute("aria-expanded", "false")
  await expect(box).toHaveValue("خنفرة")

  // Enter with no result chosen: the results page, for the corrected words; the box keeps the typed ones.
  await box.press("Enter")
  await expect(page).toHaveURL(/\/ar\/search\?q=/)
  expect(new URL(page.url()).searchParams.get("q")).toBe("خنفرة")
  const heading = page.getByRole("heading", { level: 1 })
  await expect(heading).toContainText("خنيفر")
  await expect(box).toHaveValue("خنفرة")
  const unfiltered = await resultsOf(page, arabic)
  expect(unfiltered.titles.filter((title) => !arabicLetters.test(title)), "titles not in Arabic").toEqual([])
  expect(unfiltered.chips).toEqual([])

  // First filter: a category.
  const category = (await filterBox(page, "الصنف")).first()
  // The option reads: box, label, count.
  const categoryName = (await category.locator("span").nth(1).innerText()).trim()
  await category.click()
  await expect(page).toHaveURL(/[?&]category=/)
  await expect(page.getByRole("group", { name: "الصنف" }).getByRole("checkbox", { checked: true })).toHaveCount(1)

  // Second filter: women-led cooperatives (its count already reflects the category).
  await (await filterBox(page, "مميزات")).filter({ hasText: "تعاونية نسائية" }).click()
  await expect(page).toHaveURL(/[?&]women_led=true/)
  const filtered = await resultsOf(page, arabic)
  expect(filtered.chips).toHaveLength(2)
  expect(filtered.chips.join(" ")).toContain(categoryName)
  expect(filtered.chips.join(" ")).toContain("تعاونية نسائية")

  // The URL is the whole state: a fresh browser (no cookies, no history) shows the same thing.
  const url = page.url()
  const fresh = await browser.newContext()
  try {
    const other = await fresh.newPage()
    await other.goto(url)
    expect(await resultsOf(other, arabic)).toEqual(filtered)
    await expect(other.getByRole("combobox", { name: "ابحث في المتجر" })).toHaveValue("خنفرة")
    await expect(other.getByRole("checkbox", { checked: true })).toHaveCount(2)
  } finally {
    await fresh.close()
  }

  // Each chip removes its own filter.
  await page.getByRole("list", { name: arabic.chips }).getByRole("link").last().click()
  await expect(page).not.toHaveURL(/women_led/)
  await expect(page.getByRole("list", { name: arabic.chips }).getByRole("link")).toHaveCount(1)
})

test("a search with no match says so and offers a way on", async ({ page }) => {
  await page.goto("/fr/search?q=zzqxjv&material=wool")
  await expect(page.getByText(/^Aucun résultat pour «\s*zzqxjv\s*»$/)).toBeVisible()
  await expect(page.getByRole("link", { name: "Chercher sans les filtres" })).toHaveAttribute("href", "/fr/search?q=zzqxjv")
  await expect(page.getByRole("region", { name: "Catégories populaires" }).getByRole("link").first()).toBeVisible()
})

test("unknown filter values are ignored, not an error", async ({ page }) => {
  const response = await page.goto("/en/search?q=rug&material=plastic&sort=cheapest&page=abc&price=1-2")
  expect(response?.status()).toBe(200)
  await expect(page.getByRole("region", { name: "Results" }).getByRole("article").first()).toBeVisible()
  await expect(page.getByRole("list", { name: "Active filters" })).toHaveCount(0)
})

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false })

  test("the header box submits and the filters are links", async ({ page }) => {
    const french = { results: "Résultats", chips: "Filtres actifs" }
    await page.goto("/fr")
    const box = page.getByRole("searchbox", { name: "Rechercher dans la boutique" })
    await box.fill("tapis")
    await box.press("Enter")
    await expect(page).toHaveURL(/\/fr\/search\?q=tapis$/)
    await resultsOf(page, french)
    await (await filterBox(page, "Catégorie")).first().click()
    await expect(page).toHaveURL(/[?&]category=/)
    expect((await resultsOf(page, french)).chips).toHaveLength(1)
  })
})
