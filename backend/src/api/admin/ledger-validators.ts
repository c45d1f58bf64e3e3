import { z } from "@medusajs/framework/zod"
import { currencies } from "@tiwizi/locale"
import { monthField, statementLanguages } from "../statement-month"

/**
 * Bodies and queries of the ledger's routes: payouts, statements, balances and staff refunds.
 * Strict objects, so an unknown field (a `recorded_by` above all: who records comes from the
 * login) is a 400 naming it; every message names its field.
 */

const text = (field: string, max: number) =>
  z
    .string({ error: `${field} must be a text` })
    .trim()
    .min(1, `${field} must not be empty`)
    .max(max, `${field} must be at most ${max} characters`)

/** A positive amount in major units with at most 2 decimals, as the ledger keeps them. */
const amountField = (field: string) =>
  z
    .number({ error: `${field} must be a number` })
    .positive(`${field} must be more than 0`)
    .max(100_000_000, `${field} must be at most 100000000`)
    .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, `${field} has at most 2 decimals`)

/** "YYYY-MM-DD" that is a real day (no 2026-02-30). */
const isRealDay = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day
}

/**
 * `POST /admin/cooperatives/:id/payouts`: a bank transfer staff made. `paid_at` is the bank's
 * day of the transfer, compared with today in UTC as the ledger stores it (00:00 UTC that day).
 */
export const PayoutBody = z
  .object({
    currency_code: z.enum(currencies, { error: `currency_code must be one of ${currencies.join(", ")}` }),
    amount: amountField("amount"),
    paid_at: z
      .string({ error: "paid_at must be a date such as 2026-11-30" })
      .regex(/^\d{4}-\d{2}-\d{2}$/, "paid_at must be a date such as 2026-11-30")
      .refine(isRealDay, "paid_at is not a day of the calendar")
      .refine((day) => day <= new Date().toISOString().slice(0, 10), "paid_at must not be in the future"),
    bank_reference: text("bank_reference", 100),
    note: z.string({ error: "note must be a text" }).trim().max(500, "note must be at most 500 characters").optional(),
  })
  .strict()
export type PayoutBody = z.infer<typeof PayoutBody>

/** `POST /admin/cooperative-orders/:id/refund`: what to give back to the customer, and why. */
export const RefundBody = z.object({ amount: amountField("amount"), reason: text("reason", 500) }).strict()
export type RefundBody = z.infer<typeof RefundBody>

/** `GET /admin/cooperative-balances` takes no query parameters. */
export const BalancesQuery = z.object({}).strict()

const format = z.enum(["json", "csv"], { error: "format must be json or csv" }).default("json")

/** `GET /admin/cooperatives/:id/statement`: a month (the current one by default), as JSON or CSV. */
export const StatementQuery = z.object({ month: monthField.optional(), format }).strict()
export type StatementQuery = z.infer<typeof StatementQuery>

/**
 * `GET /vendor/statement`: the same query, plus the language of the CSV's labels. Kept beside
 * staff's so that both statements take the same month and format.
 */
export const VendorStatementQuery = StatementQuery.extend({
  lang: z.enum(statementLanguages, { error: `lang must be one of ${statementLanguages.join(", ")}` }).default("fr"),
}).strict()
export type VendorStatementQuery = z.infer<typeof VendorStatementQuery>
