import type { LedgerEntryKind } from "./models/ledger-entry"

/** The words a statement's lines carry, for a cooperative reading it in its own language. */
export type StatementCsvLabels = { opening: string; closing: string; kinds: Record<LedgerEntryKind, string> }

/** The part of a ledger statement the CSV needs; dates may arrive as strings from JSON. */
export type StatementForCsv = {
  from: Date | string
  to: Date | string
  currencies: {
    currency_code: string
    opening_balance: number
    closing_balance: number
    entries: {
      occurred_at: Date | string
      kind: LedgerEntryKind
      amount: number
      cooperative_order_id?: string | null
      bank_reference?: string | null
      note?: string | null
    }[]
  }[]
}

const englishLabels: StatementCsvLabels = {
  opening: "opening balance",
  closing: "closing balance",
  kinds: { sale: "sale", commission: "commission", refund: "refund", commission_refund: "commission refund", payout: "payout" },
}

const header = ["date", "kind", "order", "bank_reference", "note", "amount", "currency", "balance"]

/** A day as YYYY-MM-DD, in UTC: the same file whatever the server's time zone. */
const day = (value: Date | string) => new Date(value).toISOString().slice(0, 10)

/** Cents as "-1234.50": built from integers, so no float formatting can round a cent away. */
function money(cents: number): string {
  const abs = Math.abs(cents)
  return `${cents < 0 ? "-" : ""}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`
}

/**
 * A field quoted as RFC 4180 asks when it holds a comma, a quote or a line break. Free text
 * (notes, references) starting with = + - @ is prefixed with ' so that a spreadsheet shows it
 * instead of running it as a formula.
 */
function field(value: string, freeText = false): string {
  const safe = freeText && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

const text = (value: string | null | undefined) => field(value ?? "", true)

/**
 * A statement as CSV: per currency, an opening line dated on the period's first day, one line
 * per entry with the running balance, and a closing line dated on its last day (the period ends
 * before `to`). Lines end with CRLF, as RFC 4180 asks.
 */
export function statementCsv(statement: StatementForCsv, labels: StatementCsvLabels = englishLabels): string {
  const first = day(statement.from)
  const last = day(new Date(new Date(statement.to).getTime() - 1))
  const lines = [header]
  for (const currency of statement.currencies) {
    const code = currency.currency_code.toUpperCase()
    let balance = Math.round(currency.opening_balance * 100)
    lines.push([first, field(labels.opening), "", "", "", "", code, money(balance)])
    for (const entry of currency.entries) {
      const cents = Math.round(entry.amount * 100)
      balance += cents
      const texts = [entry.cooperative_order_id, entry.bank_reference, entry.note].map(text)
      lines.push([day(entry.occurred_at), field(labels.kinds[entry.kind]), ...texts, money(cents), code, money(balance)])
    }
    lines.push([last, field(labels.closing), "", "", "", "", code, money(Math.round(currency.closing_balance * 100))])
  }
  return lines.map((line) => line.join(",")).join("\r\n") + "\r\n"
}
