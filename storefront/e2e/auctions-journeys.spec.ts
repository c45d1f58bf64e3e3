import { readFileSync } from "node:fs"
import { join } from "node:path"
import { expect, test, type APIRequestContext, type Page } from "@playwright/test"
import { formatMoney } from "@tiwizi/locale"
import { catalogues } from "../messages"
import { formatAuctionDate } from "../src/lib/auction-time"
import { adminToken, backend, bearer, demoPassword } from "./backend"
import { chromiumAvailable, skipReason } from "./chromium"
import { label, ownerOf, phone } from "./portal-helpers"

test.skip(!chromiumAvailable, skipReason)

const repo = join(__dirname, "..", "..")
const t = catalogues.fr.Auctions

/**
 * The seeded lots (backend/src/scripts/seed/auction-lots.ts), by product handle. Written out
 * here rather than imported: the storefront's build type-checks its e2e folder without the
 * backend's sources.
 */
const seeded = {
  live: ["tapis-zayane-anzar-aghbalou", "tapis-zayane-aguelmam-aghbalou", "tapis-zayane-tilelli-kaf-en-nsour", "tapis-zayane-agdal-mrirt"],
  upcoming: ["tapis-zayane-tighremt-moulay-bouazza", "tapis-zayane-imi-tighassaline", "tapis-zayane-ajjig-moulay-bouazza"],
  sold: ["tapis-zayane-tafsut-aghbalou", "tapis-zayane-tamazirt-moulay-bouazza", "tapis-zayane-adrar-kaf-en-nsour"],
}
/** A live lot with bids from three of the demo bidders. */
const bidOn = { handle: "tapis-zayane-anzar-aghbalou", bidders: ["karim.alaoui@tiwizi.local", "nadia.bennis@tiwizi.local", "claire.fontaine@tiwizi.local"] }
/** A sold lot without a reserve whose plain bids Claire (French) won at 4,500 MAD. */
const won = { handle: "tapis-zayane-tamazirt-moulay-bouazza", winner: "claire.fontaine@tiwizi.local", hammer: 4_500 }
/** A sold lot whose maximum met its reserve. */
const soldWithReserve = "tapis-zayane-tafsut-aghbalou"
/** A verified demo customer who has bid on nothing in the seed. */
const client = "client@tiwizi.local"
/** The carpet the other browser tests open by handle: never put on auction here. */
const openedByHandle = "tapis-zayane-azigza-aghbalou"

type Summary = {
  id: string
  status: string
  phase: "upcoming" | "live" | "ended" | "cancelled"
  product: { id: string; handle: string; title: string }
  cooperative: { name: string; handle: string } | null
  current_price: number | null
  hammer_price: number | null
  starting_price: number
  bid_count: number
  reserve_met: boolean | null
}
type Offer = { id: string; kind: string; amount: number; due_at: string; status: string; cart_id: string | null }
type Detail = Summary & { min_next_bid: number | null; viewer: null | { can_bid: boolean; leading: boolean; max_amount: number | null; offer: Offer | null } }

function publishableKey(): string {
  const env = readFileSync(join(repo, ".data", "e2e", "storefront.env"), "utf8")
  return env.match(/^MEDUSA_PUBLISHABLE_KEY=(.*)$/m)?.[1] ?? ""
}

/** The store API's headers, in French, as `token`'s customer when given. */
function storeHeaders(token?: string): Record<string, string> {
  return { "x-publishable-api-key": publishableKey(), "x-medusa-locale": "fr", ...(token ? bearer(token) : {}) }
}

async function customerToken(request: APIRequestContext, email: string): Promise<string> {
  const response = await request.post(`${backend}/auth/customer/emailpass`, { data: { email, password: demoPassword } })
  expect(response.ok(), await response.text()).toBe(true)
  return (await response.json()).token
}

/** The lots of a phase as the shop lists them, product titles in French. */
async function storeLots(request: APIRequestContext, phase: "live" | "upcoming" | "ended"): Promise<Summary[]> {
  const response = await request.get(`${backend}/store/auctions?phase=${phase}&limit=50`, { headers: storeHeaders() })
  expect(response.ok(), await response.text()).toBe(true)
  return ((await response.json()) as { auctions: Summary[] }).auctions
}

/** The shop's lot of a seeded product in `phase`; fails when the seed did not make it. */
async function seededLot(request: APIRequestContext, phase: "live" | "ended", handle: string): Promise<Summary> {
  const lot = (await storeLots(request, phase)).find((candidate) => candidate.product.handle === handle)
  expect(lot, `the seeded ${phase} lot of ${handle}`).toBeTruthy()
  return lot!
}

async function storeLot(request: APIRequestContext, id: string, token?: string): Promise<Detail> {
  const response = await request.get(`${backend}/store/auctions/${id}`, { headers: storeHeaders(token) })
  expect(response.ok(), await response.text()).toBe(true)
  return ((await response.json()) as { auction: Detail }).auction
}

/** The highest amount the leader's maximum would bid to: only staff see it. */
async function leaderMax(request: APIRequestContext, admin: string, id: string): Promise<number | null> {
  const response = await request.get(`${backend}/admin/auctions/${id}`, { headers: bearer(admin) })
  expect(response.ok(), await response.text()).toBe(true)
  return ((await response.json()) as { auction: { leader_max: number | null } }).auction.leader_max
}

/**
 * Whether a bid of the lot's minimum would lead: not when the leader's maximum already covers
 * it (their proxy would answer at once).
 */
async function minimumWouldLead(request: APIRequestContext, admin: string, lot: Detail): Promise<boolean> {
  const max = await leaderMax(request, admin, lot.id)
  return lot.min_next_bid !== null && (max === null || max < lot.min_next_bid)
}

/** An amount as the page writes it in French, with or without its thousands separator, and no digit glued before it. */
function amountPattern(amount: number): RegExp {
  return new RegExp(`(?<!\\d)${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, "[^\\d]?")}(?!\\d)`)
}

/** The shop's login form, from a page that asked for it: the customer comes back to `next`. */
async function logInToShop(page: Page, email: string, next: string) {
  await page.goto(`/fr/account/login?${new URLSearchParams({ next })}`)
  await page.getByRole("textbox", { name: catalogues.fr.Account.form.email }).fill(email)
  await page.getByLabel(new RegExp(`^${catalogues.fr.Account.form.password}`)).fill(demoPassword)
  await page.getByRole("button", { name: catalogues.fr.Account.login.submit }).click()
  await expect(page).toHaveURL(new RegExp(`${next}$`))
}

test.describe("staff in Medusa Admin", () => {
  // Medusa's session cookie is `Secure`: the browser says what a TLS-terminating proxy would (see admin-review.spec.ts).
  test.use({ extraHTTPHeaders: { "x-forwarded-proto": "https" } })

  test("see the seeded lots and a live lot's bidders, put a piece on auction from the new lot drawer, and cancel it with a reason", async ({ page, request }) => {
    const admin = await adminToken(request)
    const { auctions } = (await (await request.get(`${backend}/admin/auctions?limit=100`, { headers: bearer(admin) })).json()) as { auctions: Summary[] }
    const titleOf = (handle: string) => {
      const lot = auctions.find((candidate) => candidate.product.handle === handle && candidate.status !== "cancelled")
      expect(lot, `the seeded lot of ${handle}`).toBeTruthy()
      return lot!.product.title
    }
    const { products } = (await (await request.get(`${backend}/admin/auctions/eligible-products`, { headers: bearer(admin) })).json()) as {
      products: { id: string; title: string; handle: string }[]
    }
    // The last by title, away from the first carpets the shop's other specs buy.
    const piece = products.filter((product) => product.handle !== openedByHandle).at(-1)
    expect(piece, "a one-of-a-kind piece held by no lot").toBeTruthy()
    const reason = `Pièce retirée par la coopérative ${Date.now()}`
    let created: string | undefined
    let cancelled = false

    try {
      await page.goto(`${backend}/app/login`)
      await page.getByPlaceholder("Email").fill("admin@tiwizi.local")
      await page.getByPlaceholder("Password").fill(demoPassword)
      await page.getByRole("button", { name: /continue/i }).click()
      // The sidebar's entry (a lot's page has a breadcrumb of the same name).
      const auctionsLink = page.getByRole("link", { name: "Enchères", exact: true }).first()
      await auctionsLink.click()
      await expect(page.getByRole("heading", { level: 1, name: "Enchères" })).toBeVisible()

      // Every seeded lot, with the status staff read.
      const row = (title: string) => page.getByRole("row").filter({ has: page.getByRole("link", { name: title, exact: true }) })
      const statuses = { live: "En cours", upcoming: "Programmée", sold: "Adjugée, paiement attendu" } as const
      for (const phase of ["live", "upcoming", "sold"] as const) {
        for (const handle of seeded[phase]) await expect(row(titleOf(handle)).filter({ hasText: statuses[phase] })).toHaveCount(1)
      }

      // A live lot lists its bids with the bidders' emails.
      await row(titleOf(bidOn.handle)).getByRole("link").click()
      await expect(page.getByRole("heading", { level: 1, name: titleOf(bidOn.handle) })).toBeVisible()
      const bids = page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "Enchérisseur" }) })
      for (const email of bidOn.bidders) await expect(bids.getByRole("cell", { name: email, exact: true }).first()).toBeVisible()

      // A new lot, from the piece the drawer offers.
      await auctionsLink.click()
      await page.getByRole("button", { name: "Nouveau lot" }).click()
      const drawer = page.getByRole("dialog", { name: "Nouveau lot" })
      await drawer.getByRole("searchbox", { name: "Rechercher un produit" }).fill(piece!.title)
      await drawer.getByRole("combobox", { name: "Produit" }).click()
      await page.getByRole("option", { name: new RegExp(`^${piece!.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) }).click()
      await drawer.getByLabel("Prix de départ (MAD)").fill("2000")
      await drawer.getByRole("button", { name: "Mettre aux enchères" }).click()
      await expect(page).toHaveURL(/\/app\/auctions\/alot_/)
      created = /\/auctions\/(alot_[^/?#]+)/.exec(page.url())![1]
      await expect(page.getByRole("heading", { level: 1, name: piece!.title })).toBeVisible()

      // In the list, running (an earlier test may have left a cancelled lot of the same piece).
      await auctionsLink.click()
      const newRow = row(piece!.title).filter({ hasText: "En cours" })
      await expect(newRow).toHaveCount(1)
      await expect(newRow).toContainText(amountPattern(2000))
      await expect(newRow).toContainText("(départ)")
      await newRow.getByRole("link").click()
      await expect(page).toHaveURL(new RegExp(`/app/auctions/${created}$`))

      // Cancelled with a reason, which the lot keeps.
      await page.getByRole("button", { name: "Annuler le lot" }).click()
      const prompt = page.getByRole("alertdialog", { name: "Annuler ce lot ?" })
      await prompt.getByLabel("Motif").fill(reason)
      await prompt.getByRole("button", { name: "Annuler le lot" }).click()
      await expect(page.getByText(`Motif : ${reason}`)).toBeVisible()
      await expect(page.getByText("Annulée", { exact: true })).toBeVisible()
      await expect(page.getByRole("button", { name: "Annuler le lot" })).toHaveCount(0)
      const after = await (await request.get(`${backend}/admin/auctions/${created}`, { headers: bearer(admin) })).json()
      expect(after.auction).toMatchObject({ status: "cancelled", cancel_reason: reason })
      cancelled = true
    } finally {
      // The piece goes back to the shop, for the other specs, even when the test stopped half-way.
      if (created && !cancelled) await request.post(`${backend}/admin/auctions/${created}/cancel`, { headers: bearer(admin), data: { reason: "End of the browser test" } })
    }
  })
})

test("the winner of a sold lot sees the hammer price and the date to pay by, and pays it: the checkout has the piece at that price", async ({ page, request }) => {
  const lot = await seededLot(request, "ended", won.handle)
  expect(lot.hammer_price).toBe(won.hammer)
  const offer = (await storeLot(request, lot.id, await customerToken(request, won.winner))).viewer?.offer
  expect(offer, "the winner's offer").toMatchObject({ kind: "winner", status: "open", amount: won.hammer })
  const path = `/fr/auctions/${lot.id}`

  await logInToShop(page, won.winner, path)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(lot.product.title)
  await expect(page.getByTestId("standing")).toHaveText(t.standing.won)
  await expect(page.getByTestId("lot-price")).toContainText(t.price.hammer)
  await expect(page.getByTestId("lot-price")).toContainText(amountPattern(won.hammer))
  const panel = page.getByTestId("offer-panel")
  await expect(panel).toContainText(t.offer.amount.replace("{price}", formatMoney(won.hammer, "mad", "fr")))
  await expect(panel).toContainText(t.offer.payBy.replace("{label}", formatAuctionDate(offer!.due_at, "fr")))

  // Paying opens the checkout with the offer's cart: that piece alone, at the hammer price.
  await panel.getByRole("button", { name: t.offer.pay }).click()
  await expect(page).toHaveURL(/\/fr\/checkout$/)
  await expect(page.getByRole("heading", { level: 1, name: catalogues.fr.Checkout.title })).toBeVisible()
  const summary = page.getByRole("complementary", { name: catalogues.fr.Checkout.summary })
  await expect(summary.getByRole("listitem")).toHaveCount(1)
  await expect(summary.getByRole("listitem")).toContainText(lot.product.title)
  await expect(summary.getByRole("listitem")).toContainText(formatMoney(won.hammer, "mad", "fr"))
  // Not ordered: the seed's offer stays open for the next run.
})

test("a customer bids the minimum on a live lot, finds it in My bids as the best bidder, then raises their maximum", async ({ page, request }) => {
  const admin = await adminToken(request)
  const token = await customerToken(request, client)
  // A seeded live lot the customer does not lead and where the minimum would lead (no maximum
  // covers it), picked now: a second run on the same seed takes another one.
  let lot: Detail | undefined
  for (const summary of (await storeLots(request, "live")).filter((candidate) => seeded.live.includes(candidate.product.handle))) {
    const detail = await storeLot(request, summary.id, token)
    if (detail.viewer?.can_bid && !detail.viewer.leading && (await minimumWouldLead(request, admin, detail))) {
      lot = detail
      break
    }
  }
  expect(lot, `a seeded live lot where ${client} may bid and the minimum would lead`).toBeTruthy()
  const path = `/fr/auctions/${lot!.id}`

  await logInToShop(page, client, path)
  const amount = page.getByRole("spinbutton", { name: t.form.amount })
  await expect(amount).toHaveValue(String(lot!.min_next_bid))
  await page.getByRole("button", { name: t.form.submit, exact: true }).click()
  await expect(page.getByTestId("standing")).toHaveText(t.standing.winning)
  await expect(page.getByTestId("lot-price")).toContainText(amountPattern(lot!.min_next_bid!))

  await page.goto("/fr/account/bids")
  await expect(page.getByRole("heading", { level: 1, name: t.myBids.title })).toBeVisible()
  const card = page
    .getByTestId("my-bids")
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: lot!.product.title, exact: true }) })
  await expect(card).toHaveCount(1)
  await expect(card).toContainText(t.standing.winning)
  await expect(card).toContainText(t.myBids.myHighest)
  await expect(card).toContainText(amountPattern(lot!.min_next_bid!))
  expect((await storeLot(request, lot!.id, token)).viewer).toMatchObject({ leading: true })

  // Leading, the lot's page only offers to raise the customer's own maximum, which only they see.
  await page.goto(path)
  await expect(page.getByRole("heading", { name: t.form.raiseTitle })).toBeVisible()
  await expect(page.getByRole("radio")).toHaveCount(0)
  const minRaise = Number(await amount.inputValue())
  expect(minRaise).toBeGreaterThan(lot!.min_next_bid!)
  await amount.fill(String(minRaise + 500))
  await page.getByRole("button", { name: t.form.raiseSubmit }).click()
  await expect(page.getByText(t.yourMax.split("{price}")[0].trim())).toContainText(amountPattern(minRaise + 500))
  await expect(page.getByTestId("standing")).toHaveText(t.standing.winning)
  expect((await storeLot(request, lot!.id, token)).viewer).toMatchObject({ leading: true, max_amount: minRaise + 500 })
})

test.describe("a cooperative on a phone", () => {
  test.use(phone)

  test("logs into the portal and sees its lots with their results", async ({ page, request }) => {
    const sold = await seededLot(request, "ended", soldWithReserve)
    expect(sold.cooperative, "the sold lot's cooperative").toBeTruthy()
    expect(sold.reserve_met).toBe(true)
    const email = ownerOf(sold.cooperative!.handle)
    const login = await request.post(`${backend}/auth/cooperative_member/emailpass`, { data: { email, password: demoPassword } })
    expect(login.ok(), await login.text()).toBe(true)
    const { auctions: own } = (await (await request.get(`${backend}/vendor/auctions`, { headers: bearer((await login.json()).token) })).json()) as {
      auctions: Summary[]
    }
    const p = catalogues.fr.Portal

    await page.goto("/fr/cooperative/login")
    await page.getByLabel(label(p.form.email)).fill(email)
    await page.getByLabel(label(p.form.password)).fill(demoPassword)
    await page.getByRole("button", { name: p.login.submit }).click()
    await expect(page).toHaveURL(/\/fr\/cooperative$/)
    await page.getByRole("navigation", { name: p.tabs.label }).getByRole("link", { name: t.nav.portal }).click()
    await expect(page).toHaveURL(/\/fr\/cooperative\/auctions$/)
    await expect(page.getByRole("heading", { level: 1, name: t.portal.title })).toBeVisible()

    // Its lots, no other cooperative's; the sold one with its result.
    await expect(page.getByTestId("vendor-lot")).toHaveCount(own.length)
    const card = page.getByRole("article", { name: sold.product.title, exact: true })
    await expect(card).toContainText(t.portal.status.sold)
    await expect(card).toContainText(t.portal.hammer)
    await expect(card).toContainText(amountPattern(sold.hammer_price!))
    await expect(card).toContainText(t.portal.reserveMet)
    await expect(card).toContainText(t.portal.offer.open)
    await expect(card).toContainText(new RegExp(`(?<!\\d)${sold.bid_count} enchères`))
  })
})

test("the page of a piece on a live lot says it is on auction and links to the lot instead of offering add to cart", async ({ page, request }) => {
  const admin = await adminToken(request)
  // A lot whose leader's maximum covers the next bid, which the bidding test above never picks:
  // its price holds still while the product page's 30-second cache may still be answering.
  let lot: Detail | undefined
  for (const summary of (await storeLots(request, "live")).filter((candidate) => seeded.live.includes(candidate.product.handle))) {
    const detail = await storeLot(request, summary.id)
    if (detail.bid_count > 0 && !(await minimumWouldLead(request, admin, detail))) {
      lot = detail
      break
    }
  }
  expect(lot, "a seeded live lot held by a bidder's maximum").toBeTruthy()

  await page.goto(`/fr/products/${lot!.product.handle}`)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(lot!.product.title)
  const onAuction = page.getByRole("region", { name: t.onAuction.title })
  await expect(onAuction).toBeVisible()
  await expect(onAuction).toContainText(t.price.current)
  await expect(onAuction).toContainText(amountPattern(lot!.current_price!))
  await expect(page.getByRole("button", { name: catalogues.fr.Product.addToCart })).toHaveCount(0)

  await onAuction.getByRole("link", { name: t.onAuction.link }).click()
  await expect(page).toHaveURL(new RegExp(`/fr/auctions/${lot!.id}$`))
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(lot!.product.title)
  await expect(page.getByTestId("lot-price")).toContainText(amountPattern(lot!.current_price!))
})
