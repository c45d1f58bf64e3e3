import { expect, test, type APIRequestContext } from "@playwright/test"
import { locales } from "@tiwizi/locale"
import { catalogues } from "../messages"
import { checkPage } from "./axe"
import { backend, bearer } from "./backend"
import { chromiumAvailable, skipReason } from "./chromium"
import { cameraPhoto, describeCarpet, logInAs, ownerOf, phone } from "./portal-helpers"

test.skip(!chromiumAvailable, skipReason)
test.use(phone)

/** A registered member who has not applied yet: the one who sees the application form. */
async function newMemberToken(request: APIRequestContext): Promise<string> {
  const email = `a11y.${Date.now().toString(36)}@tighza.ma`
  const registered = await request.post(`${backend}/auth/cooperative_member/emailpass/register`, { data: { email, password: "tighza-2026" } })
  expect(registered.ok(), await registered.text()).toBe(true)
  const first = (await registered.json()).token
  const member = await request.post(`${backend}/vendor/members`, { headers: bearer(first), data: { email, first_name: "Fadma", last_name: "Oubella" } })
  expect(member.ok(), await member.text()).toBe(true)
  const refreshed = await request.post(`${backend}/auth/token/refresh`, { headers: bearer(first) })
  return (await refreshed.json()).token
}

for (const locale of locales.filter((locale) => locale !== "en")) {
  test.describe(`the cooperative portal in ${locale}, WCAG 2.1 AA`, () => {
    test("pages before logging in", async ({ page }) => {
      for (const path of ["login", "register", "forgot-password"]) {
        await page.goto(`/${locale}/cooperative/${path}`)
        await checkPage(page, `${locale} ${path}`)
      }
    })

    test("the application form of a member without a cooperative", async ({ page, context, request }) => {
      const token = await newMemberToken(request)
      await context.addCookies([{ name: "tiwizi_coop_auth", value: token, url: "http://localhost:8100", httpOnly: true, sameSite: "Lax" }])
      await page.goto(`/${locale}/cooperative/apply`)
      await checkPage(page, `${locale} application`)
    })

    test("an approved cooperative's pages, and every step of the listing form", async ({ page, context, request }) => {
      const t = catalogues[locale].PortalListings.wizard
      const token = await logInAs(context, request, ownerOf("tifawin-aghbalou"))
      const { products } = await (await request.get(`${backend}/vendor/products`, { headers: bearer(token), params: { limit: 1 } })).json()
      for (const path of ["", "/listings", `/listings/${products[0].id}`, "/orders", "/profile", "/listings/new"]) {
        await page.goto(`/${locale}/cooperative${path}`)
        await checkPage(page, `${locale} cooperative${path || " home"}`)
      }
      // The form's later steps, each as the member sees it.
      await describeCarpet(page, locale, [await cameraPhoto(page, "face.jpg", "#a4452c")], (step) => checkPage(page, `${locale} listing form, ${step}`))
      await checkPage(page, `${locale} listing form, words`)
      await page.getByLabel(t.words.title, { exact: true }).fill("Tapis zayane")
      await page.getByLabel(t.words.description, { exact: true }).fill("Noué main à Aghbalou, laine de M'rirt.")
      await page.getByRole("button", { name: t.next }).click()
      await expect(page.getByLabel(t.price.price)).toBeVisible()
      await checkPage(page, `${locale} listing form, price`)
    })
  })
}
