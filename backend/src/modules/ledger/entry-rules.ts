import { MedusaError } from "@medusajs/framework/utils"
import { type LedgerEntryKind, ledgerEntryKinds } from "./models/ledger-entry"

/** An entry other than a payout, as callers give it; `amount` is signed and in major units. */
export type NewLedgerEntry = {
  cooperative_id: string
  currency_code: string
  kind: Exclude<LedgerEntryKind, "payout">
  amount: number
  occurred_at: Date
  cooperative_order_id?: string | null
  note?: string | null
  recorded_by?: string | null
}

/** A bank transfer staff made to a cooperative; `amount` is what was paid, so positive. */
export type NewPayout = {
  cooperative_id: string
  currency_code: string
  amount: number
  paid_at: Date
  bank_reference: string
  recorded_by: string
  note?: string | null
}

/** The sign each kind's amount carries, seen from the cooperative's side. */
const signOf: Record<LedgerEntryKind, 1 | -1> = { sale: 1, commission: -1, refund: -1, commission_refund: 1, payout: -1 }

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * An amount in whole cents. Amounts come from float arithmetic (a price times a commission
 * rate), so float noise below a millionth of a cent is accepted; a real third decimal is refused,
 * because rounding it here would hide a choice the caller has to make.
 */
export function centsOf(amount: unknown): number {
  const cents = typeof amount === "number" ? Math.round(amount * 100) : NaN
  if (!Number.isSafeInteger(cents) || Math.abs((amount as number) * 100 - cents) > 1e-6) {
    throw invalid(`amount: ${String(amount)} is not an amount in major units with at most 2 decimals`)
  }
  return cents
}

function checkParty(cooperativeId: unknown, currencyCode: unknown): void {
  if (typeof cooperativeId !== "string" || !cooperativeId.trim()) throw invalid("cooperative_id is required")
  if (typeof currencyCode !== "string" || !/^[a-z]{3}$/.test(currencyCode)) {
    throw invalid(`currency_code: ${String(currencyCode)} is not a lowercase ISO 4217 code such as mad`)
  }
}

function checkDate(field: string, value: unknown): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw invalid(`${field} must be a valid date`)
  return value
}

/** Checks an entry given to `recordEntries` and returns it with its amount exact to the cent. */
export function checkedEntry(entry: NewLedgerEntry): NewLedgerEntry {
  checkParty(entry.cooperative_id, entry.currency_code)
  const kind = entry.kind as LedgerEntryKind
  if (kind === "payout") throw invalid("kind: payout entries are recorded with recordPayout, which checks the balance")
  if (!ledgerEntryKinds.includes(kind)) throw invalid(`kind: ${String(kind)} is not a ledger entry kind`)
  const cents = centsOf(entry.amount)
  if (cents === 0) throw invalid("amount: an entry moves money, 0 is refused")
  if (Math.sign(cents) !== signOf[kind]) {
    throw invalid(`amount: a ${kind} entry is ${signOf[kind] > 0 ? "positive" : "negative"}, got ${entry.amount}`)
  }
  checkDate("occurred_at", entry.occurred_at)
  return { ...entry, amount: cents / 100 }
}

/** Checks a payout; returns its amount in cents and its trimmed bank reference. */
export function checkedPayout(payout: NewPayout, now: Date): { cents: number; bank_reference: string } {
  checkParty(payout.cooperative_id, payout.currency_code)
  const cents = centsOf(payout.amount)
  if (cents <= 0) throw invalid(`amount: a payout is the positive amount paid, got ${payout.amount}`)
  const reference = typeof payout.bank_reference === "string" ? payout.bank_reference.trim() : ""
  if (!reference) throw invalid("bank_reference is required: the transfer's reference on the bank statement")
  if (reference.length > 100) throw invalid("bank_reference: at most 100 characters")
  if (checkDate("paid_at", payout.paid_at) > now) throw invalid("paid_at: a payout cannot be dated in the future")
  if (typeof payout.recorded_by !== "string" || !payout.recorded_by) throw invalid("recorded_by is required: the staff user who records the payout")
  return { cents, bank_reference: reference }
}
