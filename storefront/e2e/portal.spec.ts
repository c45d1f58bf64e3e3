import { expect, test } from "@playwright/test"
import { catalogues } from "../messages"
import { adminToken, backend, bearer, memberToken } from "./backend"
import { chromiumAvailable, skipReason } from "./chromium"
import { cameraPhoto, describeCarpet, label, logInAs, ownerOf, phone, priceAndSave, submittedCarpet } from "./portal-helpers"

test.skip(!chromiumAvailable, skipReason)
test.use(phone)

const uploads = "**/api/cooperative/products/*/images"

test.describe("a new cooperative, in Arabic on a phone", () => {
  test("signs up, applies, is approved, lists a carpet with two photos, and staff's approval puts it in the shop", async ({ page, request }) => {
    test.setTimeout(180_000)
    const p = catalogues.ar.Portal
    const l = catalogues.ar.PortalListings
    const suffix = Date.now().toString(36)
    const email = `itto.${suffix}@tighza.ma`
    const password = "tighza-2026"

    await page.goto("/ar/cooperative/register")
    await page.getByLabel(label(p.form.firstName)).fill("إيطو")
    await page.getByLabel(label(p.form.lastName)).fill("أوحمو")
    await page.getByLabel(label(p.form.email)).fill(email)
    await page.getByLabel(label(p.form.phoneOptional)).fill("0612345678")
    await page.getByLabel(label(p.form.password)).fill(password)
    await page.getByRole("button", { name: p.register.submit }).click()

    await expect(page).toHaveURL(/\/ar\/cooperative\/apply/)
    await page.getByLabel(label(p.apply.name)).fill(`تعاونية تيزي ${suffix}`)
    await page.getByLabel(label(p.apply.legalName)).fill(`Coopérative Tizi ${suffix}`)
    await page.getByLabel(label(p.apply.odco)).fill(`ODCO-${suffix}`)
    await page.getByLabel(label(p.apply.region)).selectOption({ label: p.regions.beniMellalKhenifra })
    await page.getByLabel(label(p.apply.province)).fill("خنيفرة")
    await page.getByLabel(label(p.apply.commune)).fill("أغبالو")
    await page.getByLabel(label(p.apply.foundedYear)).fill("2012")
    await page.getByLabel(label(p.apply.members)).fill("14")
    await page.getByLabel(label(p.apply.womenMembers)).fill("14")
    await page.getByLabel(label(p.apply.womenLed)).check()
    await page.getByLabel(label(p.apply.rural)).check()
    await page.getByLabel(label(p.apply.story)).fill("نساجات أغبالو ينسجن الزربية الزيانية بصوف مريرت منذ أجيال.")
    await page.getByLabel(label(p.apply.phone)).fill("0612345678")
    await page.getByLabel(label(p.apply.email)).fill(`contact.${suffix}@tighza.ma`)
    await page.getByRole("button", { name: p.apply.submit }).click()
    await expect(page.getByRole("heading", { name: p.status.pending.title })).toBeVisible()

    // Staff approve the cooperative through the admin API.
    const me = await request.get(`${backend}/vendor/me`, { headers: bearer(await memberToken(request, email, password)) })
    const registered = await me.json()
    const cooperativeId = registered.cooperative.id
    // Registered in Arabic: the cooperative's messages (new orders, payouts) will be in Arabic.
    expect(registered.member.locale).toBe("ar")
    const staff = bearer(await adminToken(request))
    const approved = await request.post(`${backend}/admin/cooperatives/${cooperativeId}/approve`, { headers: staff, data: {} })
    expect(approved.ok(), await approved.text()).toBe(true)

    // The member logs out, then in, and lands on the home page.
    await page.getByRole("button", { name: p.header.logout }).click()
    await expect(page).toHaveURL(/\/ar\/cooperative\/login/)
    await page.getByLabel(label(p.form.email)).fill(email)
    await page.getByLabel(label(p.form.password)).fill(password)
    await page.getByRole("button", { name: p.login.submit }).click()
    await expect(page).toHaveURL(/\/ar\/cooperative$/)

    await page.getByRole("link", { name: p.home.newListing }).first().click()
    await expect(page).toHaveURL(/\/ar\/cooperative\/listings\/new/)
    const title = `زربية زيانية من أغبالو ${suffix}`
    await describeCarpet(page, "ar", [await cameraPhoto(page, "face.jpg", "#a4452c"), await cameraPhoto(page, "detail.jpg", "#c9a227")])
    await page.getByLabel(l.wizard.words.title, { exact: true }).fill(title)
    await page.getByLabel(l.wizard.words.description, { exact: true }).fill("نسجتها إيطو في أغبالو خلال ستة أسابيع، بصوف مريرت وصباغة الفوة.")
    await priceAndSave(page, "ar", "5200")
    await page.getByRole("button", { name: l.wizard.submit }).click()
    await expect(page).toHaveURL(/\/ar\/cooperative\/listings\/prod_/)
    await expect(page.getByText(l.states.in_review).first()).toBeVisible()
    const productId = /listings\/(prod_[^/?#]+)/.exec(page.url())![1]

    // What the backend holds: the Arabic texts, two photos no bigger than the portal makes them.
    const token = await memberToken(request, email, password)
    const { product } = await (await request.get(`${backend}/vendor/products/${productId}`, { headers: bearer(token) })).json()
    expect(product.title).toMatchObject({ ar: title })
    expect(product.images).toHaveLength(2)
    expect(product.listing.state).toBe("in_review")

    const live = await request.post(`${backend}/admin/listings/${productId}/approve`, { headers: staff, data: {} })
    expect(live.ok(), await live.text()).toBe(true)
    try {
      await page.goto(`/ar/products/${product.handle}`)
      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible()
    } finally {
      // The form prices in dirhams only, so this carpet cannot be bought in euros or dollars; the
      // shop's own specs take the newest products, so it leaves the shop once seen there, and
      // also when this check fails (a retry would otherwise leave one live carpet per attempt).
      const archived = await request.post(`${backend}/vendor/products/${productId}/archive`, { headers: bearer(token), data: {} })
      expect(archived.ok(), await archived.text()).toBe(true)
    }
  })
})

test.describe("a listing staff rejected, in French", () => {
  test("shows staff's reason on the home page and the listing, and goes back to review once edited", async ({ page, context, request }) => {
    const p = catalogues.fr.Portal
    const l = catalogues.fr.PortalListings
    const token = await logInAs(context, request, ownerOf("asif-foum-el-anceur"))
    const productId = await submittedCarpet(request, token, `Tapis à corriger ${Date.now().toString(36)}`)
    const reason = "Les photos sont floues : reprenez-les à la lumière du jour."
    const rejected = await request.post(`${backend}/admin/listings/${productId}/reject`, { headers: bearer(await adminToken(request)), data: { reason } })
    expect(rejected.ok(), await rejected.text()).toBe(true)

    await page.goto("/fr/cooperative")
    await expect(page.getByRole("heading", { name: p.home.toFixTitle })).toBeVisible()
    await expect(page.getByText(reason)).toBeVisible()
    await page.goto(`/fr/cooperative/listings/${productId}`)
    await expect(page.getByText(l.states.rejected).first()).toBeVisible()
    await expect(page.getByText(reason)).toBeVisible()

    await page.getByRole("link", { name: l.actions.edit }).click()
    await expect(page).toHaveURL(new RegExp(`/fr/cooperative/listings/${productId}/edit`))
    const titleField = page.getByLabel(l.wizard.words.title, { exact: true })
    while (!(await titleField.isVisible())) await page.getByRole("button", { name: l.wizard.next }).click()
    const newTitle = `Tapis zayane corrigé ${Date.now().toString(36)}`
    await titleField.fill(newTitle)
    await page.getByRole("button", { name: l.wizard.next }).click()
    await page.getByRole("button", { name: l.wizard.save }).click()
    await expect(page.getByText(l.wizard.finish.saved)).toBeVisible({ timeout: 60_000 })
    await page.getByRole("button", { name: l.wizard.submit }).click()
    await expect(page.getByText(l.states.in_review).first()).toBeVisible()

    const { product } = await (await request.get(`${backend}/vendor/products/${productId}`, { headers: bearer(token) })).json()
    expect(product.listing.state).toBe("in_review")
    expect(product.title.fr).toBe(newTitle)
  })
})

test.describe("one cooperative's member and another's listings", () => {
  test("a member of A sees the portal's 404, and nothing of B, at B's listing ids", async ({ page, context, request }) => {
    const ofB = await memberToken(request, ownerOf("tamda-ouaouizeght"))
    const titleOfB = `Hanbel de Tamda ${Date.now().toString(36)}`
    const productOfB = await submittedCarpet(request, ofB, titleOfB)
    await logInAs(context, request, ownerOf("tifawin-aghbalou"))

    for (const path of [`/fr/cooperative/listings/${productOfB}`, `/fr/cooperative/listings/${productOfB}/edit`, `/ar/cooperative/listings/${productOfB}`]) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(404)
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(catalogues[path.startsWith("/ar") ? "ar" : "fr"].Portal.notFound.title)
      expect(await page.content()).not.toContain(titleOfB)
    }
    // A's own list does not carry B's listing either.
    await page.goto("/fr/cooperative/listings")
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
    expect(await page.content()).not.toContain(titleOfB)
  })
})

test.describe("a slow connection, in Arabic", () => {
  test("a draft typed then reloaded is still there, and an upload cut once retries and completes", async ({ page, context, request }) => {
    test.setTimeout(150_000)
    const l = catalogues.ar.PortalListings
    const token = await logInAs(context, request, ownerOf("tifawin-aghbalou"))
    await page.goto("/ar/cooperative/listings/new")
    await describeCarpet(page, "ar", [await cameraPhoto(page, "face.jpg", "#7a2e1f"), await cameraPhoto(page, "dos.jpg", "#4e6b3a")])
    const title = `زربية للمسودة ${Date.now().toString(36)}`
    await page.getByLabel(l.wizard.words.title, { exact: true }).fill(title)
    await page.getByLabel(l.wizard.words.description, { exact: true }).fill("صوف مريرت وصباغة نباتية، نسجت في أغبالو.")

    await page.reload()
    await expect(page.getByText(l.wizard.draftFound)).toBeVisible()
    await expect(page.getByLabel(l.wizard.words.title, { exact: true })).toHaveValue(title)

    // The first photo's upload is cut as a dropped mobile connection would; later ones go through.
    let cut = 0
    await page.route(uploads, async (route) => {
      if (cut++ === 0) return route.abort("connectionreset")
      return route.continue()
    })
    await priceAndSave(page, "ar", "3900")
    expect(cut).toBeGreaterThanOrEqual(3)
    await expect(page.getByText(l.wizard.finish.sent)).toHaveCount(2)

    const listed = await request.get(`${backend}/vendor/products`, { headers: bearer(token), params: { state: "draft", limit: 20 } })
    const draft = (await listed.json()).products.find((product: { title: { ar?: string } }) => product.title.ar === title)
    expect(draft?.images).toHaveLength(2)

    // Saved and sent: the draft kept in the browser is gone, the wizard starts afresh.
    await page.goto("/ar/cooperative/listings/new")
    await expect(page.getByLabel(l.wizard.photos.gallery)).toBeVisible()
    await expect(page.getByText(l.wizard.draftFound)).toHaveCount(0)
    await request.delete(`${backend}/vendor/products/${draft.id}`, { headers: bearer(token) })
  })
})
