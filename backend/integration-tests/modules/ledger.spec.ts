import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { MedusaError } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { LEDGER_MODULE } from "../../src/modules/ledger"
import type { NewLedgerEntry, NewPayout } from "../../src/modules/ledger/entry-rules"
import type LedgerModuleService from "../../src/modules/ledger/service"
import { statementCsv } from "../../src/modules/ledger/statement-csv"

const coop = "coop_aghbalou"
const day = (date: string) => new Date(`${date}T12:00:00Z`)

/** An entry of the Aghbalou weavers in dirhams; each test changes only what it is about. */
const entry = (overrides: Partial<NewLedgerEntry> = {}): NewLedgerEntry => ({
  cooperative_id: coop,
  currency_code: "mad",
  kind: "sale",
  amount: 1200.5,
  occurred_at: day("2026-11-02"),
  cooperative_order_id: "cord_1",
  ...overrides,
})

const payout = (overrides: Partial<NewPayout> = {}): NewPayout => ({
  cooperative_id: coop,
  currency_code: "mad",
  amount: 100,
  paid_at: day("2026-11-20"),
  bank_reference: "VIR-2026-118",
  recorded_by: "user_staff",
  ...overrides,
})

const refused = (type: string, message: string) => expect.objectContaining({ type, message: expect.stringContaining(message) })

moduleIntegrationTestRunner<LedgerModuleService>({
  moduleName: LEDGER_MODULE,
  resolve: "./src/modules/ledger",
  pathToMigrations: "./src/modules/ledger/migrations",
  testSuite: ({ service, MikroOrmWrapper }) => {
    const sql = () => MikroOrmWrapper.forkManager().getKnex()

    describe("ledger", () => {
      it("sums a balance per currency to the cent, in SQL", async () => {
        const dimes = Array.from({ length: 10 }, () => entry({ amount: 0.1 }))
        const created = await service.recordEntries([
          ...dimes,
          entry({ amount: 0.2 }),
          entry({ kind: "commission", amount: -0.03 }),
          entry({ currency_code: "eur", amount: 0.1 }),
          entry({ currency_code: "eur", amount: 0.2 }),
          entry({ cooperative_id: "coop_mrirt", amount: 50 }),
        ])
        expect(created).toHaveLength(15)
        expect(created[0].id).toMatch(/^ledg_/)
        expect(await service.balances(coop)).toEqual([
          { currency_code: "eur", balance: 0.3 },
          { currency_code: "mad", balance: 1.17 },
        ])
        expect(await service.balance(coop, "mad")).toBe(1.17)
        expect(await service.balance(coop, "usd")).toBe(0)
        expect(await service.balances("coop_none")).toEqual([])
      })

      it("refuses a payout above the balance, writing nothing, and accepts one equal to it", async () => {
        await service.recordEntries([entry({ amount: 1000 }), entry({ kind: "commission", amount: -150.25 })])
        await expect(service.recordPayout(payout({ amount: 849.76 }))).rejects.toEqual(
          refused(MedusaError.Types.NOT_ALLOWED, "amount: 849.76 is above the available balance of 849.75 MAD"),
        )
        expect(await service.listLedgerEntries({ kind: "payout" })).toHaveLength(0)
        const paid = await service.recordPayout(payout({ amount: 849.75, bank_reference: "  VIR-2026-118  ", note: "November" }))
        expect(paid).toMatchObject({ kind: "payout", amount: -849.75, bank_reference: "VIR-2026-118", recorded_by: "user_staff", note: "November" })
        expect(await service.balance(coop, "mad")).toBe(0)
        await expect(service.recordPayout(payout({ amount: 0.01 }))).rejects.toEqual(
          refused(MedusaError.Types.NOT_ALLOWED, "amount: 0.01 is above the available balance of 0 MAD"),
        )
      })

      it("lets only one of two concurrent payouts through when both do not fit", async () => {
        await service.recordEntries([entry({ amount: 1000 })])
        const results = await Promise.allSettled([
          service.recordPayout(payout({ amount: 600, bank_reference: "VIR-A" })),
          service.recordPayout(payout({ amount: 600, bank_reference: "VIR-B" })),
        ])
        expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"])
        const rejected = results.find((result) => result.status === "rejected") as PromiseRejectedResult
        expect(rejected.reason.message).toBe("amount: 600 is above the available balance of 400 MAD")
        expect(await service.listLedgerEntries({ kind: "payout" })).toHaveLength(1)
        expect(await service.balance(coop, "mad")).toBe(400)
      })

      it("lets a burst of concurrent payouts through only while the balance covers them", async () => {
        await service.recordEntries([entry({ amount: 1000 })])
        const burst = Array.from({ length: 10 }, (_, i) => service.recordPayout(payout({ amount: 150, bank_reference: `VIR-${i}` })))
        const results = await Promise.allSettled(burst)
        expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(6)
        expect(await service.balance(coop, "mad")).toBe(100)
      })

      it("never changes an entry, through the service or through SQL", async () => {
        const [sale] = await service.recordEntries([entry()])
        const notAllowed = refused(MedusaError.Types.NOT_ALLOWED, "ledger entries are never changed: record a correcting entry")
        await expect(service.updateLedgerEntries({ id: sale.id, amount: 1 })).rejects.toEqual(notAllowed)
        await expect(service.deleteLedgerEntries(sale.id)).rejects.toEqual(notAllowed)
        await expect(service.softDeleteLedgerEntries(sale.id)).rejects.toEqual(notAllowed)
        await expect(service.restoreLedgerEntries(sale.id)).rejects.toEqual(notAllowed)
        await expect(service.createLedgerEntries(entry())).rejects.toEqual(refused(MedusaError.Types.NOT_ALLOWED, "recordEntries"))

        await expect(sql().raw("update ledger_entry set amount = 1 where id = ?", [sale.id])).rejects.toThrow(/never changed \(UPDATE\)/)
        await expect(sql().raw("update ledger_entry set deleted_at = now() where id = ?", [sale.id])).rejects.toThrow(/never changed/)
        await expect(sql().raw("delete from ledger_entry where id = ?", [sale.id])).rejects.toThrow(/never changed \(DELETE\)/)
        await expect(
          sql().raw(
            `insert into ledger_entry (id, cooperative_id, currency_code, kind, amount, raw_amount, occurred_at)
             values ('ledg_raw', ?, 'mad', 'sale', -5, '{"value":"-5","precision":20}', now())`,
            [coop],
          ),
        ).rejects.toThrow(/ledger_entry_amount_sign/)

        const rows = await sql()("ledger_entry").select("id", "amount", "deleted_at")
        expect(rows).toEqual([{ id: sale.id, amount: "1200.5", deleted_at: null }])
      })

      it.each([
        ["amount", [entry({ amount: -5 })]],
        ["amount", [entry({ kind: "refund", amount: 5 })]],
        ["amount", [entry({ amount: 0 })]],
        ["amount", [entry({ amount: 10.005 })]],
        ["currency_code", [entry(), entry({ currency_code: "MAD" })]],
        ["kind", [entry({ kind: "payout" as NewLedgerEntry["kind"], amount: -5 })]],
      ])("refuses entries whose %s is wrong and writes none of them", async (field, entries) => {
        await expect(service.recordEntries(entries)).rejects.toEqual(refused(MedusaError.Types.INVALID_DATA, field))
        expect(await service.listLedgerEntries({})).toHaveLength(0)
      })

      it.each([
        ["bank_reference", { bank_reference: "  " }],
        ["bank_reference", { bank_reference: "x".repeat(101) }],
        ["paid_at", { paid_at: new Date(Date.now() + 60_000) }],
        ["amount", { amount: -100 }],
        ["currency_code", { currency_code: "Mad" }],
      ])("refuses a payout whose %s is wrong and writes nothing", async (field, overrides) => {
        await service.recordEntries([entry({ amount: 1000 })])
        await expect(service.recordPayout(payout(overrides))).rejects.toEqual(refused(MedusaError.Types.INVALID_DATA, field))
        expect(await service.listLedgerEntries({})).toHaveLength(1)
      })

      it("lists every non-zero balance for staff, negative ones included", async () => {
        await service.recordEntries([
          entry({ amount: 500 }),
          entry({ currency_code: "eur", amount: 40 }),
          entry({ currency_code: "eur", kind: "refund", amount: -40 }),
          entry({ cooperative_id: "coop_mrirt", kind: "refund", amount: -12.5 }),
        ])
        expect(await service.owedByCooperative()).toEqual([
          { cooperative_id: coop, currency_code: "mad", balance: 500 },
          { cooperative_id: "coop_mrirt", currency_code: "mad", balance: -12.5 },
        ])
      })

      it("writes a statement: opening, the period's entries oldest first, closing, and its CSV", async () => {
        await service.recordEntries([
          entry({ amount: 300, occurred_at: day("2026-10-15"), cooperative_order_id: "cord_0" }),
          entry({ currency_code: "eur", amount: 80, occurred_at: day("2026-10-20"), cooperative_order_id: "cord_e" }),
          entry({ kind: "refund", amount: -64.5, occurred_at: day("2026-11-25"), cooperative_order_id: "cord_2", note: "damaged, returned" }),
          entry({ amount: 3500, occurred_at: day("2026-11-10"), cooperative_order_id: "cord_2" }),
          entry({ kind: "commission", amount: -525, occurred_at: day("2026-11-10"), cooperative_order_id: "cord_2" }),
          entry({ amount: 999, occurred_at: day("2026-12-01"), cooperative_order_id: "cord_later" }),
          entry({ currency_code: "usd", amount: 10, occurred_at: day("2026-12-02") }),
        ])
        await service.recordPayout(payout({ amount: 3000, paid_at: day("2026-11-20") }))
        const from = new Date("2026-11-01T00:00:00Z")
        const to = new Date("2026-12-01T00:00:00Z")
        const statement = await service.statement(coop, { from, to })

        expect(statement).toMatchObject({ cooperative_id: coop, from, to })
        expect(statement.currencies.map(({ entries, ...sums }) => ({ ...sums, entries: entries.map((e) => [e.kind, e.amount]) }))).toEqual([
          { currency_code: "eur", opening_balance: 80, closing_balance: 80, entries: [] },
          {
            currency_code: "mad",
            opening_balance: 300,
            closing_balance: 210.5,
            entries: [["sale", 3500], ["commission", -525], ["payout", -3000], ["refund", -64.5]],
          },
        ])
        expect(statementCsv(statement).split("\r\n")).toEqual([
          "date,kind,order,bank_reference,note,amount,currency,balance",
          "2026-11-01,opening balance,,,,,EUR,80.00",
          "2026-11-30,closing balance,,,,,EUR,80.00",
          "2026-11-01,opening balance,,,,,MAD,300.00",
          "2026-11-10,sale,cord_2,,,3500.00,MAD,3800.00",
          "2026-11-10,commission,cord_2,,,-525.00,MAD,3275.00",
          "2026-11-20,payout,,VIR-2026-118,,-3000.00,MAD,275.00",
          '2026-11-25,refund,cord_2,,"damaged, returned",-64.50,MAD,210.50',
          "2026-11-30,closing balance,,,,,MAD,210.50",
          "",
        ])
        await expect(service.statement(coop, { from: to, to: from })).rejects.toEqual(refused(MedusaError.Types.INVALID_DATA, "to"))
      })
    })
  },
})
