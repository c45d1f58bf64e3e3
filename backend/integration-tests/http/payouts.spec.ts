import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { beforeAll, describe, expect, it } from "vitest"
import { LedgerEvents } from "../../src/workflows/ledger/events"
import { demoAccounts } from "../../src/scripts/seed/accounts"
import { products } from "../../src/scripts/seed/catalogue"
import { ownerEmail } from "../../src/scripts/seed/cooperative-owners"
import { seedShop } from "../../src/scripts/seed/index"
import { statementPeriod } from "../../src/api/statement-month"
import { useStripeStandIn } from "../stripe-stand-in"
import { callAll, expectAllUnauthorized, staffLogin } from "./admin-helpers"
import { checkoutCart, must, startPayment } from "./checkout-helpers"
import { cents, createPart, deliverPart, deliveredPart, ledgerService, partService } from "./ledger-helpers"
import { attempt, bearer, cooperativeService, expectInvalid, login, recordEvents, waitForEvent, type Api } from "./vendor-helpers"

// Two approved weavers' cooperatives of Khénifra: A is paid, B must never show in A's figures.
const [handleA, handleB] = ["tifawin-aghbalou", "ithri-kaf-en-nsour"]
const today = () => new Date().toISOString().slice(0, 10)
const thisMonth = () => statementPeriod().month

// One of A's carpets, for the one test that pays by card through a real checkout (one of a
// kind: the database is restored before every test, so it is on sale again in each).
const piece = products.find((product) => product.cooperative === handleA)!
const paris = { first_name: "Claire", last_name: "Martin", address_1: "8 rue de Rivoli", city: "Paris", postal_code: "75004", country_code: "fr", phone: "+33612345678" }

// Cards need Stripe: its local stand-in.
const stripe = useStripeStandIn()

// The runner restores the database as the suite's beforeAll left it before every test: each
// test delivers the parts it needs itself.
medusaIntegrationTestRunner({
  testSuite: ({ api: untyped, getContainer }) => {
    const api = untyped as Api
    const ids: Record<string, string> = {}
    let staff: Awaited<ReturnType<typeof staffLogin>>
    let storeHeaders: { headers: Record<string, string> }
    const admin = () => bearer(staff.token)
    const ledger = () => ledgerService(getContainer())
    const entryCount = async () => (await ledger().listLedgerEntries({}, { select: ["id"], take: null })).length
    const payout = (cooperativeId: string, body: Record<string, unknown>) =>
      attempt(api.post(`/admin/cooperatives/${cooperativeId}/payouts`, body, admin()))
    const validPayout = (overrides: Record<string, unknown> = {}) => ({
      currency_code: "mad",
      amount: 500,
      paid_at: today(),
      bank_reference: "VIR-2026-11-0042",
      ...overrides,
    })

    beforeAll(async () => {
      expect(piece).toBeDefined()
      const { publishableKey } = await seedShop(getContainer(), [piece])
      storeHeaders = { headers: { "x-publishable-api-key": publishableKey } }
      staff = await staffLogin(api, getContainer())
      const found = await cooperativeService(getContainer()).listCooperatives({ handle: [handleA, handleB] }, { select: ["id", "handle"] })
      for (const cooperative of found) ids[cooperative.handle] = cooperative.id
    })

    describe("payouts", () => {
      it("records a payout within the balance: the balance falls, the entry keeps the bank reference, the event goes out", async () => {
        const events = recordEvents(getContainer(), [LedgerEvents.PAYOUT_RECORDED])
        // 1 200.00 + 40.00 shipping, 120.00 commission: 1 120.00 owed.
        await deliveredPart(getContainer(), ids[handleA], "mad", 120_000)
        expect(await ledger().balance(ids[handleA], "mad")).toBe(1120)

        const { status, data } = await payout(ids[handleA], validPayout({ amount: 500.5, note: "Virement de novembre" }))
        expect(status, JSON.stringify(data)).toBe(200)
        expect(data.balance).toBe(619.5)
        expect(data.payout).toMatchObject({
          cooperative_id: ids[handleA],
          currency_code: "mad",
          kind: "payout",
          amount: -500.5,
          bank_reference: "VIR-2026-11-0042",
          note: "Virement de novembre",
          recorded_by: staff.userId,
        })
        expect(new Date(data.payout.occurred_at).toISOString()).toBe(`${today()}T00:00:00.000Z`)
        expect(await ledger().balance(ids[handleA], "mad")).toBe(619.5)
        expect(await waitForEvent(events, LedgerEvents.PAYOUT_RECORDED, (event) => event.id === data.payout.id)).toEqual({
          id: data.payout.id,
          cooperative_id: ids[handleA],
          currency_code: "mad",
          amount: 500.5,
        })

        const { data: listed } = await api.get("/admin/cooperative-balances", admin())
        expect(listed.balances).toContainEqual({
          cooperative_id: ids[handleA],
          cooperative_name: expect.any(String),
          cooperative_handle: handleA,
          currency_code: "mad",
          balance: 619.5,
        })
        // The whole balance can be paid out; then A is owed nothing and leaves the list.
        const rest = await payout(ids[handleA], validPayout({ amount: 619.5, bank_reference: "VIR-2026-11-0043" }))
        expect(rest.data.balance).toBe(0)
        const { data: after } = await api.get("/admin/cooperative-balances", admin())
        expect(after.balances.some((row: { cooperative_id: string }) => row.cooperative_id === ids[handleA])).toBe(false)
      })

      it("lists balances largest first with the cooperatives' names", async () => {
        await deliveredPart(getContainer(), ids[handleA], "mad", 50_000)
        await deliveredPart(getContainer(), ids[handleB], "mad", 300_000)
        await deliveredPart(getContainer(), ids[handleB], "eur", 10_000, 1_500)
        const { data } = await api.get("/admin/cooperative-balances", admin())
        const [a] = await cooperativeService(getContainer()).listCooperatives({ id: ids[handleA] }, { select: ["name"] })
        expect(data.balances).toEqual([
          expect.objectContaining({ cooperative_handle: handleB, currency_code: "mad", balance: 2740 }),
          expect.objectContaining({ cooperative_handle: handleA, currency_code: "mad", balance: 490, cooperative_name: a.name }),
          expect.objectContaining({ cooperative_handle: handleB, currency_code: "eur", balance: 105 }),
        ])
      })

      it("refuses a payout above the balance with 400, and writes nothing", async () => {
        await deliveredPart(getContainer(), ids[handleA], "mad", 10_000, 0)
        const before = await entryCount()
        const above = await payout(ids[handleA], validPayout({ amount: 90.01 }))
        expect(above.status).toBe(400)
        expect(above.data).toMatchObject({ type: "not_allowed", message: "amount: 90.01 is above the available balance of 90 MAD" })
        // No entry in euros: nothing to pay out in them.
        const otherCurrency = await payout(ids[handleA], validPayout({ currency_code: "eur", amount: 1 }))
        expect([otherCurrency.status, otherCurrency.data.type]).toEqual([400, "not_allowed"])
        expect(await entryCount()).toBe(before)
        expect(await ledger().balance(ids[handleA], "mad")).toBe(90)

        // Two payouts at once that the balance covers only one of: one passes, one is refused.
        const both = await Promise.all([0, 1].map((n) => payout(ids[handleA], validPayout({ amount: 60, bank_reference: `VIR-SIMUL-${n}` }))))
        expect(both.map((answer) => answer.status).sort()).toEqual([200, 400])
        expect(await ledger().balance(ids[handleA], "mad")).toBe(30)
        expect(await entryCount()).toBe(before + 1)
      })

      it("refuses bad bodies with 400 naming the field, and writes nothing", async () => {
        await deliveredPart(getContainer(), ids[handleA], "mad", 100_000)
        const before = await entryCount()
        const tomorrow = new Date(Date.now() + 24 * 3600 * 1000).toISOString().slice(0, 10)
        const cases: [Record<string, unknown>, string][] = [
          [validPayout({ amount: 0 }), "amount"],
          [validPayout({ amount: -5 }), "amount"],
          [validPayout({ amount: 10.005 }), "amount"],
          [validPayout({ amount: "100" }), "amount"],
          [validPayout({ currency_code: "gbp" }), "currency_code"],
          [validPayout({ currency_code: "MAD" }), "currency_code"],
          [validPayout({ paid_at: tomorrow }), "paid_at"],
          [validPayout({ paid_at: "2026-02-30" }), "paid_at"],
          [validPayout({ paid_at: "30/11/2026" }), "paid_at"],
          [validPayout({ bank_reference: "  " }), "bank_reference"],
          [validPayout({ bank_reference: "R".repeat(101) }), "bank_reference"],
          [validPayout({ note: "n".repeat(501) }), "note"],
          [validPayout({ recorded_by: "user_someone_else" }), "recorded_by"],
          [{ currency_code: "mad", amount: 10, paid_at: today() }, "bank_reference"],
        ]
        for (const [body, field] of cases) expectInvalid(await payout(ids[handleA], body), field)
        expect(await entryCount()).toBe(before)
      })

      it("answers 404 for an unknown cooperative", async () => {
        const unknown = "coop_01UNKNOWN0000000000000000"
        const answers = await Promise.all([
          payout(unknown, validPayout()),
          attempt(api.get(`/admin/cooperatives/${unknown}/statement`, admin())),
          attempt(api.post(`/admin/cooperative-orders/cord_01UNKNOWN000000000000000/refund`, { amount: 1, reason: "Abîmé" }, admin())),
        ])
        expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404])
      })

      it("refuses every ledger route to anyone but staff", async () => {
        const part = await deliveredPart(getContainer(), ids[handleA], "mad", 100_000)
        const before = await entryCount()
        const routes = (): [method: "get" | "post", url: string, body?: unknown][] => [
          ["get", "/admin/cooperative-balances"],
          ["post", `/admin/cooperatives/${ids[handleA]}/payouts`, validPayout()],
          ["get", `/admin/cooperatives/${ids[handleA]}/statement`],
          ["post", `/admin/cooperative-orders/${part.id}/refund`, { amount: 10, reason: "Abîmé" }],
        ]
        await expectAllUnauthorized(callAll(api, routes()))
        const member = await login(api, ownerEmail(handleA), demoAccounts.password)
        await expectAllUnauthorized(callAll(api, routes(), member))
        const { data } = await api.post("/auth/customer/emailpass", { email: demoAccounts.customer, password: demoAccounts.password })
        await expectAllUnauthorized(callAll(api, routes(), data.token))
        // And a staff token does not open the cooperative's own routes.
        await expectAllUnauthorized([api.get("/vendor/balance", admin()), api.get("/vendor/statement", admin())])
        expect(await entryCount()).toBe(before)
      })
    })

    describe("statements", () => {
      it("shows a cooperative its own balance and statement only, as JSON and as CSV in its language", async () => {
        const ofA = [
          await deliveredPart(getContainer(), ids[handleA], "mad", 150_000),
          await deliveredPart(getContainer(), ids[handleA], "eur", 20_000, 2_000),
        ]
        const ofB = await deliveredPart(getContainer(), ids[handleB], "mad", 990_000)
        await payout(ids[handleA], validPayout({ amount: 100, bank_reference: "VIR-A-1" }))
        await payout(ids[handleB], validPayout({ amount: 200, bank_reference: "VIR-B-1" }))
        const tokenA = await login(api, ownerEmail(handleA), demoAccounts.password)
        const tokenB = await login(api, ownerEmail(handleB), demoAccounts.password)

        const { data: balance } = await api.get("/vendor/balance", bearer(tokenA))
        expect(balance).toEqual({ balances: [{ currency_code: "eur", balance: 200 }, { currency_code: "mad", balance: 1290 }] })
        expect((await api.get("/vendor/balance", bearer(tokenB))).data).toEqual({ balances: [{ currency_code: "mad", balance: 8750 }] })

        const { data: statement } = await api.get(`/vendor/statement?month=${thisMonth()}`, bearer(tokenA))
        expect(statement.cooperative_id).toBe(ids[handleA])
        expect(statement.currencies.map((currency: { currency_code: string }) => currency.currency_code)).toEqual(["eur", "mad"])
        const entries = statement.currencies.flatMap((currency: { entries: unknown[] }) => currency.entries)
        expect(entries.every((entry: { cooperative_id: string }) => entry.cooperative_id === ids[handleA])).toBe(true)
        // MAD's payout is dated at 00:00 today, so it comes before the day's sale.
        expect(entries.map((entry: { kind: string; amount: number }) => [entry.kind, entry.amount])).toEqual([
          ["sale", 220], ["commission", -20], ["payout", -100], ["sale", 1540], ["commission", -150],
        ])
        const mad = statement.currencies.find((currency: { currency_code: string }) => currency.currency_code === "mad")
        expect([mad.opening_balance, mad.closing_balance]).toEqual([0, 1290])
        expect(JSON.stringify(statement)).not.toContain(ofB.id)
        expect(JSON.stringify(statement)).not.toContain("VIR-B-1")
        // The default month is this one.
        expect((await api.get("/vendor/statement", bearer(tokenA))).data).toEqual(statement)

        const csv = await api.get(`/vendor/statement?format=csv&lang=ar&month=${thisMonth()}`, bearer(tokenA))
        expect(csv.headers["content-type"]).toMatch(/^text\/csv; charset=utf-8/)
        expect(csv.headers["content-disposition"]).toBe(`attachment; filename="tiwizi-${handleA}-${thisMonth()}.csv"`)
        const text = csv.data as string
        // axios drops the byte order mark when it decodes the text: read the bytes for it.
        const bytes = await api.get(`/vendor/statement?format=csv&lang=ar`, { ...bearer(tokenA), responseType: "arraybuffer" })
        expect([...new Uint8Array(bytes.data).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
        expect(text.startsWith("date,kind,")).toBe(true)
        expect(text).toContain("بيع")
        expect(text).toContain("تحويل بنكي")
        expect(text).toContain(ofA[0].id)
        expect(text).toContain("VIR-A-1")
        expect(text).not.toContain(ofB.id)
        expect(text).not.toContain("VIR-B-1")
        expect(text.trimEnd().split("\r\n").at(-1)).toMatch(/,MAD,1290\.00$/)
        const french = await api.get("/vendor/statement?format=csv", bearer(tokenA))
        expect(french.data).toContain(",vente,")

        const { data: ofBStatement } = await api.get("/vendor/statement", bearer(tokenB))
        expect(JSON.stringify(ofBStatement)).not.toContain(ofA[0].id)
        expect(ofBStatement.currencies.map((currency: { currency_code: string }) => currency.currency_code)).toEqual(["mad"])

        expectInvalid(await attempt(api.get("/vendor/statement?month=2026-13", bearer(tokenA))), "month")
        expectInvalid(await attempt(api.get("/vendor/statement?format=pdf", bearer(tokenA))), "format")
        expectInvalid(await attempt(api.get("/vendor/statement?lang=de", bearer(tokenA))), "lang")
        expectInvalid(await attempt(api.get(`/vendor/statement?cooperative_id=${ids[handleB]}`, bearer(tokenA))), "cooperative_id")
        expect((await attempt(api.get("/vendor/balance", {}))).status).toBe(401)
      })

      it("gives staff a cooperative's statement as a French CSV named after it and the month", async () => {
        const part = await deliveredPart(getContainer(), ids[handleA], "mad", 123_456, 4_000)
        await payout(ids[handleA], validPayout({ amount: 1000, bank_reference: "=VIR,2026" }))
        const csv = await api.get(`/admin/cooperatives/${ids[handleA]}/statement?format=csv&month=${thisMonth()}`, admin())
        expect(csv.headers["content-disposition"]).toBe(`attachment; filename="tiwizi-${handleA}-${thisMonth()}.csv"`)
        const lines = (csv.data as string).trimEnd().split("\r\n")
        const { from } = statementPeriod()
        expect(lines).toEqual([
          "date,kind,order,bank_reference,note,amount,currency,balance",
          `${from.toISOString().slice(0, 10)},solde au début du mois,,,,,MAD,0.00`,
          `${today()},virement,,"'=VIR,2026",,-1000.00,MAD,-1000.00`,
          `${today()},vente,${part.id},,,1274.56,MAD,274.56`,
          `${today()},commission,${part.id},,,-123.46,MAD,151.10`,
          expect.stringMatching(/^\d{4}-\d{2}-\d{2},solde à la fin du mois,,,,,MAD,151\.10$/),
        ])
        // A later month opens and closes on the balance, with no entries; an earlier one is empty.
        const next = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1)).toISOString().slice(0, 7)
        const { data: later } = await api.get(`/admin/cooperatives/${ids[handleA]}/statement?month=${next}`, admin())
        expect(later.currencies).toEqual([{ currency_code: "mad", opening_balance: 151.1, closing_balance: 151.1, entries: [] }])
        const { data: earlier } = await api.get(`/admin/cooperatives/${ids[handleA]}/statement?month=2020-01`, admin())
        expect(earlier).toMatchObject({ cooperative_id: ids[handleA], from: "2020-01-01T00:00:00.000Z", to: "2020-02-01T00:00:00.000Z", currencies: [] })
        expectInvalid(await attempt(api.get(`/admin/cooperatives/${ids[handleA]}/statement?month=nov`, admin())), "month")
      })
    })

    describe("staff refunds", () => {
      it("refunds a delivered part: refund and commission refund entries for that cooperative only", async () => {
        const part = await createPart(getContainer(), {
          cooperative_id: ids[handleA],
          currency_code: "mad",
          lines: [{ total: 80_000, rate_bps: 1000 }, { total: 33_333, rate_bps: 1200 }],
          shipping: 3_000,
        })
        await deliverPart(getContainer(), part)
        const ofB = await deliveredPart(getContainer(), ids[handleB], "mad", 50_000)
        const balanceB = await ledger().balance(ids[handleB], "mad")
        const entriesOfB = (await ledger().listLedgerEntries({ cooperative_id: ids[handleB] }, { select: ["id"] })).length
        // total 1 163.33, commission 80.00 + 40.00 = 120.00.
        expect([part.total, part.commission]).toEqual([116_333, 12_000])

        const { status, data } = await attempt(
          api.post(`/admin/cooperative-orders/${part.id}/refund`, { amount: 250.5, reason: "Franges abîmées à la livraison" }, admin()),
        )
        expect(status, JSON.stringify(data)).toBe(200)
        // round(25 050 × 12 000 ÷ 116 333) = 2 584 cents.
        const back = Math.round((25_050 * 12_000) / 116_333)
        expect(back).toBe(2_584)
        expect(data.refund_amount).toBe(250.5)
        expect(data.order).toMatchObject({ id: part.id, status: "delivered", refunded_total: 250.5, commission_total: (12_000 - back) / 100, amount_due: 912.83 })
        const entries = await ledger().listLedgerEntries({ cooperative_order_id: part.id }, { order: { seq: "ASC" } })
        expect(entries.map((entry) => [entry.kind, cents(entry.amount), entry.note, entry.recorded_by])).toEqual([
          ["sale", 116_333, null, null],
          ["commission", -12_000, null, null],
          ["refund", -25_050, "Franges abîmées à la livraison", staff.userId],
          ["commission_refund", back, null, staff.userId],
        ])
        expect(await ledger().balance(ids[handleA], "mad")).toBe((116_333 - 12_000 - 25_050 + back) / 100)
        expect(await ledger().balance(ids[handleB], "mad")).toBe(balanceB)
        expect((await ledger().listLedgerEntries({ cooperative_id: ids[handleB] }, { select: ["id"] })).length).toBe(entriesOfB)

        // The rest of what is due, then nothing more: all the commission has been given back.
        const rest = await attempt(api.post(`/admin/cooperative-orders/${part.id}/refund`, { amount: 912.83, reason: "Retour" }, admin()))
        expect(rest.data.order).toMatchObject({ amount_due: 0, commission_total: 0 })
        const kept = await ledger().listLedgerEntries({ cooperative_order_id: part.id }, { select: ["kind", "amount"] })
        const commissionKept = kept.filter((entry) => entry.kind.startsWith("commission")).reduce((sum, entry) => sum + cents(entry.amount), 0)
        expect(commissionKept).toBe(0)
        const more = await attempt(api.post(`/admin/cooperative-orders/${part.id}/refund`, { amount: 0.01, reason: "Encore" }, admin()))
        expectInvalid(more, "amount")
        expect(cents((await partService(getContainer()).retrieveCooperativeOrder(ofB.id)).refunded_total)).toBe(0)
      })

      it("gives a card payer the refund back through the payment once it was captured", async () => {
        const { data: regions } = await api.get("/store/regions?fields=id,currency_code", storeHeaders)
        const euros = regions.regions.find((region: { currency_code: string }) => region.currency_code === "eur").id
        const { data: listed } = await api.get(`/store/products?handle=${piece.handle}&fields=*variants`, storeHeaders)
        const items = [{ variant_id: listed.products[0].variants[0].id, quantity: 1 }]
        const cartId = await checkoutCart(api, storeHeaders, { regionId: euros, items, address: paris })
        const collection = await startPayment(api, storeHeaders, cartId, "pp_stripe_stripe")
        stripe().confirmCard(collection.payment_sessions[0].data.id)
        stripe().completeThreeDSecure(collection.payment_sessions[0].data.id)
        const { data: completed } = await must(api.post(`/store/carts/${cartId}/complete`, {}, storeHeaders), "complete the cart")
        const { data } = await must(api.get(`/admin/orders/${completed.order.id}?fields=*payment_collections.payments`, admin()), "read the order")
        const payment = data.order.payment_collections[0].payments[0]
        await must(api.post(`/admin/payments/${payment.id}/capture`, {}, admin()), "capture")
        const [part] = await partService(getContainer()).listCooperativeOrders({ order_id: completed.order.id })
        await deliverPart(getContainer(), part)

        const { data: refunded } = await must(
          api.post(`/admin/cooperative-orders/${part.id}/refund`, { amount: 20.5, reason: "Couleur différente de la photo" }, admin()),
          "refund",
        )
        expect(refunded.refund_amount).toBe(20.5)
        expect(stripe().refunds).toContainEqual(expect.objectContaining({ payment_intent: payment.data.id, amount: 2050 }))
        const entries = await ledger().listLedgerEntries({ cooperative_order_id: part.id, kind: ["refund", "commission_refund"] }, { order: { seq: "ASC" } })
        expect(entries.map((entry) => [entry.kind, entry.amount])).toEqual([
          ["refund", -20.5],
          ["commission_refund", Math.round((2050 * cents(part.commission_total)) / cents(part.total)) / 100],
        ])
      })

      it("refuses a refund above the amount due, of a part not delivered, or with a bad body, changing nothing", async () => {
        const delivered = await deliveredPart(getContainer(), ids[handleA], "mad", 10_000, 1_000)
        const shipped = await createPart(getContainer(), { cooperative_id: ids[handleA], currency_code: "mad", lines: [{ total: 5_000, rate_bps: 1000 }], shipping: 0 })
        await partService(getContainer()).updateCooperativeOrders({ id: shipped.id, status: "shipped", shipped_at: new Date() })
        const before = await entryCount()
        const refund = (id: string, body: unknown) => attempt(api.post(`/admin/cooperative-orders/${id}/refund`, body, admin()))

        const above = await refund(delivered.id, { amount: 110.01, reason: "Trop" })
        expectInvalid(above, "amount")
        expect(above.data.message).toContain("110")
        const notDelivered = await refund(shipped.id, { amount: 10, reason: "Perdu" })
        expect(notDelivered.status).toBe(400)
        expect(notDelivered.data).toMatchObject({ type: "not_allowed" })
        expect(notDelivered.data.message).toContain("shipped")
        expectInvalid(await refund(delivered.id, { amount: 10, reason: "" }), "reason")
        expectInvalid(await refund(delivered.id, { amount: 10 }), "reason")
        expectInvalid(await refund(delivered.id, { amount: 1.001, reason: "x" }), "amount")
        expectInvalid(await refund(delivered.id, { amount: 10, reason: "x", cooperative_id: ids[handleB] }), "cooperative_id")

        expect(await entryCount()).toBe(before)
        const part = await partService(getContainer()).retrieveCooperativeOrder(delivered.id)
        expect([cents(part.refunded_total), cents(part.commission_total)]).toEqual([0, 1_000])
      })
    })
  },
})
