import { describe, expect, it } from "vitest"
import { type StatementForCsv, statementCsv } from "./statement-csv"

/** November 2026 of a Khénifra weavers' cooperative, in dirhams and euros. */
const november: StatementForCsv = {
  from: new Date("2026-11-01T00:00:00Z"),
  to: new Date("2026-12-01T00:00:00Z"),
  currencies: [
    {
      currency_code: "eur",
      opening_balance: 0,
      closing_balance: 0.3,
      entries: [
        { occurred_at: "2026-11-03T10:00:00Z", kind: "sale", amount: 0.1, cooperative_order_id: "cord_1" },
        { occurred_at: "2026-11-04T10:00:00Z", kind: "sale", amount: 0.2, cooperative_order_id: "cord_2" },
      ],
    },
    {
      currency_code: "mad",
      opening_balance: 1200.5,
      closing_balance: -64.5,
      entries: [
        { occurred_at: new Date("2026-11-10T08:00:00Z"), kind: "sale", amount: 3500, cooperative_order_id: "cord_3" },
        { occurred_at: new Date("2026-11-10T08:00:00Z"), kind: "commission", amount: -525, cooperative_order_id: "cord_3" },
        { occurred_at: new Date("2026-11-20T00:00:00Z"), kind: "payout", amount: -4175.5, bank_reference: "VIR 2026/118, CIH", note: 'RIB "Aghbalou"' },
        { occurred_at: new Date("2026-11-30T23:59:00Z"), kind: "refund", amount: -64.5, cooperative_order_id: "cord_4", note: "=HYPERLINK(1)" },
      ],
    },
  ],
}

describe("statementCsv", () => {
  it("writes opening, entries with a running balance and closing per currency, RFC 4180 quoted", () => {
    expect(statementCsv(november).split("\r\n")).toEqual([
      "date,kind,order,bank_reference,note,amount,currency,balance",
      "2026-11-01,opening balance,,,,,EUR,0.00",
      "2026-11-03,sale,cord_1,,,0.10,EUR,0.10",
      "2026-11-04,sale,cord_2,,,0.20,EUR,0.30",
      "2026-11-30,closing balance,,,,,EUR,0.30",
      "2026-11-01,opening balance,,,,,MAD,1200.50",
      "2026-11-10,sale,cord_3,,,3500.00,MAD,4700.50",
      "2026-11-10,commission,cord_3,,,-525.00,MAD,4175.50",
      '2026-11-20,payout,,"VIR 2026/118, CIH","RIB ""Aghbalou""",-4175.50,MAD,0.00',
      "2026-11-30,refund,cord_4,,'=HYPERLINK(1),-64.50,MAD,-64.50",
      "2026-11-30,closing balance,,,,,MAD,-64.50",
      "",
    ])
  })

  it("uses the labels given, quoting them when needed", () => {
    const labels = {
      opening: "Solde d'ouverture",
      closing: "Solde, clôture",
      kinds: { sale: "vente", commission: "commission", refund: "remboursement", commission_refund: "commission remboursée", payout: "virement" },
    }
    const lines = statementCsv({ ...november, currencies: [november.currencies[0]] }, labels).split("\r\n")
    expect(lines[1]).toBe("2026-11-01,Solde d'ouverture,,,,,EUR,0.00")
    expect(lines[2]).toBe("2026-11-03,vente,cord_1,,,0.10,EUR,0.10")
    expect(lines[4]).toBe('2026-11-30,"Solde, clôture",,,,,EUR,0.30')
  })

  it("writes only the header for a statement without currencies", () => {
    expect(statementCsv({ ...november, currencies: [] })).toBe("date,kind,order,bank_reference,note,amount,currency,balance\r\n")
  })
})
