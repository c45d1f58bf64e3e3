import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { expect, it } from "vitest"
import { randomFrom } from "../../src/scripts/seed/images/prng"
import { cancelPartItemWorkflow } from "../../src/workflows/cooperative-order/workflows/cancel-part-item"
import { movePartWorkflow } from "../../src/workflows/cooperative-order/workflows/move-part"
import { recordPayoutWorkflow } from "../../src/workflows/ledger/workflows/record-payout"
import { refundPartWorkflow } from "../../src/workflows/ledger/workflows/refund-part"
import { cents, createPart, deliverPart, type KnownPart, ledgerService } from "./ledger-helpers"
import { application, cooperativeService } from "./vendor-helpers"

const OPERATIONS = 500
const CURRENCIES = ["mad", "eur"] as const
// The seed is printed; `SEED=<n>` replays a failing sequence exactly.
const SEED = process.env.SEED ?? String(Math.floor(Math.random() * 2 ** 31))

/** A part as the test's own model follows it, in cents. */
type Tracked = KnownPart & { status: "new" | "accepted" | "delivered" | "cancelled"; refunded: number; commissionLeft: number; cancelled: Set<string> }

/** Why a workflow failed: Medusa throws its step's error. */
const reasonOf = (error: unknown) => `${(error as { type?: string }).type ?? ""}: ${(error as Error).message}`

// One test only: the runner restores the database before every test, and the invariants are
// about one long history.
medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    it(`keeps the ledger's invariants over ${OPERATIONS} random sales, refunds, cancellations and payouts`, async () => {
      process.stdout.write(`ledger invariants: seed ${SEED} (SEED=${SEED} replays it)\n`)
      const random = randomFrom(SEED)
      const container = getContainer()
      const ledger = ledgerService(container)

      const cooperatives = await cooperativeService(container).createCooperatives(
        ["tighza", "ouzoud", "anergui"].map((name, index) => ({
          ...application({ name: `Coopérative ${name}`, odco_number: `KH-2020-90${index}`, email: `${name}@ledger.ma` }),
          handle: `ledger-${name}`,
          status: "approved" as const,
        })),
      )
      const keys = cooperatives.flatMap((cooperative) => CURRENCIES.map((currency) => ({ cooperative: cooperative.id, currency })))
      const keyOf = (cooperative: string, currency: string) => `${cooperative}:${currency}`

      // The independent model: what each balance must be, in cents, from the test's own arithmetic.
      const model = new Map(keys.map(({ cooperative, currency }) => [keyOf(cooperative, currency), 0]))
      const parts: Tracked[] = []
      const counts = { sales: 0, deliveries: 0, cancellations: 0, refunds: 0, payouts: 0, refused_payouts: 0 }
      const seen = new Map<string, string>()

      /** Every invariant, after every operation; `unchanged` when the operation must have written nothing. */
      async function checkInvariants(step: string, unchanged = false) {
        const entries = await ledger.listLedgerEntries({}, { take: null, order: { seq: "ASC" } })
        expect(entries.length, `${step}: entries were removed`).toBeGreaterThanOrEqual(seen.size)
        if (unchanged) expect(entries.length, `${step}: an operation that must write nothing wrote an entry`).toBe(seen.size)
        const byId = new Map(entries.map((entry) => [entry.id, JSON.stringify(entry)]))
        for (const [id, json] of seen) expect(byId.get(id), `${step}: entry ${id} changed or disappeared`).toBe(json)
        for (const [id, json] of byId) seen.set(id, json)

        const sums = new Map<string, number>()
        for (const entry of entries) {
          const key = keyOf(entry.cooperative_id, entry.currency_code)
          sums.set(key, (sums.get(key) ?? 0) + cents(entry.amount))
        }
        for (const { cooperative, currency } of keys) {
          const key = keyOf(cooperative, currency)
          const balance = cents(await ledger.balance(cooperative, currency))
          expect(balance, `${step}: balance of ${key} against the model`).toBe(model.get(key))
          expect(balance, `${step}: balance of ${key} against the sum of its entries`).toBe(sums.get(key) ?? 0)
        }
      }

      const move = (key: string, delta: number) => model.set(key, model.get(key)! + delta)

      async function deliver(part: Tracked) {
        const due = part.total - part.refunded
        await deliverPart(container, part, part.cash_on_delivery ? due / 100 : undefined)
        part.status = "delivered"
        move(keyOf(part.cooperative_id, part.currency_code), due - part.commissionLeft)
        counts.deliveries++
      }

      async function sale() {
        const spec = {
          cooperative_id: random.pick(cooperatives).id,
          currency_code: random.pick(CURRENCIES),
          lines: Array.from({ length: random.int(1, 3) }, () => ({ total: random.int(1, 500_000), rate_bps: random.pick([0, 500, 1000, 1000, 1200]) })),
          shipping: random.chance(0.2) ? 0 : random.int(1, 8_000),
          cash_on_delivery: random.chance(0.4),
        }
        const created = await createPart(container, spec)
        const part: Tracked = { ...created, status: "new", refunded: 0, commissionLeft: created.commission, cancelled: new Set() }
        parts.push(part)
        counts.sales++
        if (random.chance(0.5)) return deliver(part)
        if (random.chance(0.5)) {
          await movePartWorkflow(container).run({ input: { id: part.id, cooperative_id: part.cooperative_id, move: "accept" } })
          part.status = "accepted"
        }
      }

      async function cancellation(part: Tracked) {
        const item = random.pick(part.items.filter((line) => !part.cancelled.has(line.id)))
        await cancelPartItemWorkflow(container).run({
          input: { id: part.id, cooperative_id: part.cooperative_id, item_id: item.id, reason: "Pièce abîmée au lavage" },
        })
        part.cancelled.add(item.id)
        const last = part.cancelled.size === part.items.length
        part.refunded += last ? part.total - part.refunded : item.total
        part.commissionLeft -= item.commission
        if (last) part.status = "cancelled"
        counts.cancellations++
      }

      async function refund(part: Tracked) {
        const due = part.total - part.refunded
        const amount = random.chance(0.3) ? due : random.int(1, due)
        const back = Math.round((amount * part.commissionLeft) / due)
        const { result } = await refundPartWorkflow(container).run({ input: { id: part.id, amount: amount / 100, reason: "Retour du client" } })
        expect([cents(result.refund_amount), cents(result.commission_refund)]).toEqual([amount, back])
        part.refunded += amount
        part.commissionLeft -= back
        move(keyOf(part.cooperative_id, part.currency_code), back - amount)
        counts.refunds++
      }

      async function payout(): Promise<boolean> {
        const { cooperative, currency } = random.pick(keys)
        const balance = model.get(keyOf(cooperative, currency))!
        const roll = random.next()
        const amount =
          roll < 0.45 && balance > 0 ? random.int(1, balance) : roll < 0.8 ? Math.max(balance, 0) + random.int(1, 100_000) : random.int(1, 200_000)
        const input = { cooperative_id: cooperative, currency_code: currency, amount: amount / 100, paid_at: new Date().toISOString().slice(0, 10), bank_reference: `VIR-${counts.payouts + counts.refused_payouts}`, recorded_by: "user_invariants" }
        if (amount <= balance) {
          await recordPayoutWorkflow(container).run({ input })
          move(keyOf(cooperative, currency), -amount)
          counts.payouts++
          return false
        }
        const refused = await recordPayoutWorkflow(container).run({ input }).then(() => null, reasonOf)
        expect(refused).toMatch(/^not_allowed: amount: .* is above the available balance of /)
        counts.refused_payouts++
        return true
      }

      /** An operation drawn at random; one that has nothing to act on becomes a sale. */
      function draw(pending: Tracked[], refundable: Tracked[]): "sale" | "payout" | "refund" | "cancellation" {
        const roll = random.next()
        if (roll < 0.35) return "sale"
        if (roll < 0.65) return "payout"
        if (roll < 0.85) return refundable.length ? "refund" : "sale"
        return pending.length ? "cancellation" : "sale"
      }

      for (let step = 1; step <= OPERATIONS; step++) {
        const pending = parts.filter((part) => part.status === "new" || part.status === "accepted")
        const refundable = parts.filter((part) => part.status === "delivered" && part.total > part.refunded)
        const kind = draw(pending, refundable)
        let refused = false
        // A sale is a new part (delivered at once or later), or the delivery of one sold earlier.
        if (kind === "sale") await (pending.length && random.chance(0.4) ? deliver(random.pick(pending)) : sale())
        if (kind === "payout") refused = await payout()
        if (kind === "refund") await refund(random.pick(refundable))
        if (kind === "cancellation") await cancellation(random.pick(pending))
        // A cancellation before delivery and a refused payout must leave the ledger as it was.
        await checkInvariants(`operation ${step} (${kind}, seed ${SEED})`, refused || kind === "cancellation")
      }

      // What staff see as owed is the model's every non-zero balance.
      const owed = (await ledger.owedByCooperative()).filter((row) => cooperatives.some((cooperative) => cooperative.id === row.cooperative_id))
      expect(owed.map((row) => [keyOf(row.cooperative_id, row.currency_code), cents(row.balance)]).sort()).toEqual(
        [...model.entries()].filter(([, balance]) => balance !== 0).sort(),
      )

      // Nothing rewrites an entry: not the module's generated methods, not raw SQL.
      const [first] = await ledger.listLedgerEntries({}, { take: 1, order: { seq: "ASC" } })
      expect(first).toBeDefined()
      await expect(ledger.updateLedgerEntries({ id: first.id, amount: 1 })).rejects.toThrow(/never changed/)
      await expect(ledger.deleteLedgerEntries([first.id])).rejects.toThrow(/never changed/)
      const pg = container.resolve("__pg_connection__")
      await expect(pg.raw("update ledger_entry set amount = amount * 2 where id = ?", [first.id])).rejects.toThrow(/never changed/)
      await expect(pg.raw("delete from ledger_entry where id = ?", [first.id])).rejects.toThrow(/never changed/)
      await expect(pg.raw("update ledger_entry set note = 'rewritten'")).rejects.toThrow(/never changed/)
      await checkInvariants("after the attempts to rewrite", true)

      process.stdout.write(
        `ledger invariants (seed ${SEED}): ${OPERATIONS} operations, ` +
          Object.entries(counts).map(([kind, count]) => `${count} ${kind.replace("_", " ")}`).join(", ") +
          `, ${seen.size} entries, every one unchanged\n`,
      )
      expect(counts.refused_payouts).toBeGreaterThan(0)
      expect(Math.min(counts.sales, counts.deliveries, counts.cancellations, counts.refunds, counts.payouts)).toBeGreaterThan(0)
    }, 1_200_000)
  },
})
