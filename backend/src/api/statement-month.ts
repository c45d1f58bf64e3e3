import type { MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { LEDGER_MODULE } from "../modules/ledger"
import type LedgerModuleService from "../modules/ledger/service"
import { statementCsv, type StatementCsvLabels } from "../modules/ledger/statement-csv"

/**
 * A cooperative's monthly statement, for staff (`/admin/cooperatives/:id/statement`) and for the
 * cooperative itself (`/vendor/statement`): which month, and the answer as JSON or CSV.
 *
 * Months are UTC months. The CSV prints every date as a UTC day (`statementCsv`), so a month
 * cut at midnight in Casablanca would open with a line dated the last day of the month before;
 * the trade-off is that an entry recorded between midnight and 1 a.m. in Morocco (UTC+1) on the
 * 1st still belongs to the previous month.
 */

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

/** `month` as "YYYY-MM", for the statement's query. */
export const monthField = z
  .string({ error: "month must be a month such as 2026-11" })
  .regex(MONTH, "month must be a month such as 2026-11")
  .refine((month) => Number(month.slice(0, 4)) >= 2000, "month must be 2000-01 or later")

/** The month "YYYY-MM" as the period [first day 00:00 UTC, first day of the next month); the current month when absent. */
export function statementPeriod(month?: string, now = new Date()): { month: string; from: Date; to: Date } {
  const match = MONTH.exec(month ?? "")
  if (month !== undefined && !match) throw new MedusaError(MedusaError.Types.INVALID_DATA, "month must be a month such as 2026-11")
  const year = match ? Number(match[1]) : now.getUTCFullYear()
  const index = match ? Number(match[2]) - 1 : now.getUTCMonth()
  const from = new Date(Date.UTC(year, index, 1))
  const to = new Date(Date.UTC(year, index + 1, 1))
  return { month: from.toISOString().slice(0, 7), from, to }
}

/** The languages a statement's CSV is written in; staff read French. */
export const statementLanguages = ["fr", "ar", "en"] as const
export type StatementLanguage = (typeof statementLanguages)[number]

const labels: Record<StatementLanguage, StatementCsvLabels> = {
  fr: {
    opening: "solde au début du mois",
    closing: "solde à la fin du mois",
    kinds: { sale: "vente", commission: "commission", refund: "remboursement", commission_refund: "commission remboursée", payout: "virement" },
  },
  ar: {
    opening: "الرصيد في بداية الشهر",
    closing: "الرصيد في نهاية الشهر",
    kinds: { sale: "بيع", commission: "عمولة", refund: "استرجاع", commission_refund: "عمولة مسترجعة", payout: "تحويل بنكي" },
  },
  en: {
    opening: "balance at the start of the month",
    closing: "balance at the end of the month",
    kinds: { sale: "sale", commission: "commission", refund: "refund", commission_refund: "commission refunded", payout: "bank transfer" },
  },
}

export type StatementRequest = {
  cooperative: { id: string; handle: string }
  month?: string
  format: "json" | "csv"
  lang?: StatementLanguage
}

/**
 * Answers with the cooperative's statement for the month: the ledger's statement as JSON, or
 * a CSV download named `tiwizi-<handle>-<YYYY-MM>.csv` with its labels in `lang` (French by
 * default). The CSV starts with a UTF-8 byte order mark: without it, spreadsheet software
 * opens Arabic and accented labels as garbage.
 */
export async function sendStatement(scope: MedusaContainer, res: MedusaResponse, request: StatementRequest) {
  const { month, from, to } = statementPeriod(request.month)
  const statement = await scope.resolve<LedgerModuleService>(LEDGER_MODULE).statement(request.cooperative.id, { from, to })
  if (request.format === "json") {
    res.json(statement)
    return
  }
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="tiwizi-${request.cooperative.handle}-${month}.csv"`)
  res.send(`\uFEFF${statementCsv(statement, labels[request.lang ?? "fr"])}`)
}
