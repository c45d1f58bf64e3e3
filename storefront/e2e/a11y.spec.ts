import { expect, test, type Page } from "@playwright/test"
import type { Locale } from "@tiwizi/locale"
import { catalogues } from "../messages"
import { checkPage } from "./axe"
import { chromiumAvailable, skipReason } from "./chromium"

test.skip(!chromiumAvailable, skipReason)

/** The smallest phone we design for, and a laptop. */
const devices = {
  phone: { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 800 } },
}

const carpetsHandle = "tapis"

/**
 * Puts one carpet into the cart: the first of the carpets category that the cart accepts (other
 * specs may have just bought the one-of-a-kind pieces the page still offers). Ends on the cart
 * page; returns the carpet's title and page.
 */
async function putACarpetInTheCart(page: Page, locale: Locale): Promise<{ title: string; href: string }> {
  await page.goto(`/${locale}/categories/${carpetsHandle}`)
  const links = page.getByRole("main").getByRole("article").getByRole("link")
  await expect(links.first()).toBeVisible()
  const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href") ?? ""))
  const addButton = page.getByRole("button", { name: catalogues[locale].Product.addToCart })
  for (const href of hrefs) {
    await page.goto(href)
    // A sold-out piece shows no such button (isVisible does not wait for one).
    if (!(await addButton.isVisible()) || !(await addButton.isEnabled())) continue
    const title = (await page.getByRole("heading", { level: 1 }).innerText()).trim()
    // Wait for the form's answer (the server action's, or the page's when posted before
    // hydration), whatever the page then shows: a message or the cart drawer.
    const answered = page.waitForResponse((response) => response.request().method() === "POST")
    await addButton.click()
    await answered
    // The page refreshes after the action (and may open the cart drawer): let it settle first.
    await page.waitForLoadState("networkidle")
    await page.goto(`/${locale}/cart`)
    const inCart = await page.getByRole("main").getByText(title).first().waitFor({ timeout: 10_000 }).then(() => true, () => false)
    if (inCart) return { title, href }
  }
  throw new Error(`the cart accepted none of the carpets in /${locale}/categories/${carpetsHandle}`)
}

for (const locale of ["fr", "ar"] as const) {
  for (const [device, options] of Object.entries(devices)) {
    test.describe(`${locale}, ${device}`, () => {
      test.use(options)
      // Several pages, each with a full axe run, on a shared 2-core machine.
      test.describe.configure({ timeout: 120_000 })

      test("home, a category, search results, the cart holding a carpet and its page meet WCAG 2.1 AA", async ({ page }) => {
        await page.goto(`/${locale}`)
        await checkPage(page, "the home page")

        await page.goto(`/${locale}/categories/${carpetsHandle}`)
        await checkPage(page, "the carpets category")

        await page.goto(`/${locale}/search?q=${encodeURIComponent(locale === "ar" ? "زربية" : "tapis")}`)
        await checkPage(page, "search results with their filters")

        const { title, href } = await putACarpetInTheCart(page, locale)
        await checkPage(page, "the cart with one carpet")

        await page.goto(href)
        await checkPage(page, `the product page of "${title}"`)
      })

      test("every checkout step meets WCAG 2.1 AA", async ({ page }) => {
        await putACarpetInTheCart(page, locale)
        await page.goto(`/${locale}/checkout`)
        await checkPage(page, "the checkout's address step")

        // Sent empty: every required field says what is wrong next to it.
        const form = page.getByRole("main").locator("form").filter({ has: page.locator('[name$="first_name"]') })
        await form.locator('button[type="submit"]').last().click()
        await expect(form.locator('[aria-invalid="true"]').first()).toBeVisible()
        await checkPage(page, "the address step with its errors")

        await form.locator('[name$="email"]').fill("a11y@example.com")
        await form.locator('[name$="first_name"]').fill(locale === "ar" ? "فاطمة" : "Fatima")
        await form.locator('[name$="last_name"]').fill(locale === "ar" ? "أوحمو" : "Ouhammou")
        await form.locator('[name$="address_1"]').fill(locale === "ar" ? "12 زنقة الأطلس" : "12 rue de l'Atlas")
        const city = form.locator('[name$="city"]')
        if ((await city.evaluate((element) => element.tagName)) === "SELECT") await city.selectOption({ index: 1 })
        else await city.fill("Khénifra")
        await form.locator('[name$="phone"]').fill("0612345678")
        await form.locator('button[type="submit"]').last().click()
        await expect(page).toHaveURL(/[?&]step=delivery/)
        await checkPage(page, "the delivery step")

        // The first priced option and the region's first payment method come chosen.
        await page.getByRole("main").locator('form button[type="submit"]').last().click()
        await expect(page).toHaveURL(/[?&]step=payment/)
        await checkPage(page, "the payment step")

        await page.getByRole("main").locator('form button[type="submit"]').last().click()
        await expect(page).toHaveURL(/[?&]step=review/)
        await checkPage(page, "the review step")
      })

      test("the auctions and a lot's page meet WCAG 2.1 AA", async ({ page }) => {
        await page.goto(`/${locale}/auctions`)
        await checkPage(page, "the auctions")
        // The seed holds lots running, coming up and sold: the first one listed will do.
        await page.getByTestId("lot-grid").first().getByRole("link").first().click()
        await expect(page).toHaveURL(new RegExp(`/${locale}/auctions/alot_`))
        await expect(page.getByTestId("live-panel")).toBeVisible()
        await checkPage(page, "a lot's page")
      })
    })
  }
}
