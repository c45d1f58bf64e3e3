import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"

/**
 * `GET /admin/cooperative-balances`: what Tiwizi owes each cooperative, per currency, for staff
 * to plan payouts. Every non-zero balance, largest first; a negative one (refunds after a
 * payout) is what the cooperative owes back and comes last.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const owed = await req.scope.resolve<LedgerModuleService>(LEDGER_MODULE).owedByCooperative()
  const ids = [...new Set(owed.map((row) => row.cooperative_id))]
  const cooperatives = ids.length
    ? await req.scope
        .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
        .listCooperatives({ id: ids }, { select: ["id", "name", "handle"], take: null })
    : []
  const byId = new Map(cooperatives.map((cooperative) => [cooperative.id, cooperative]))
  const balances = owed
    .map((row) => ({
      cooperative_id: row.cooperative_id,
      cooperative_name: byId.get(row.cooperative_id)?.name ?? null,
      cooperative_handle: byId.get(row.cooperative_id)?.handle ?? null,
      currency_code: row.currency_code,
      balance: row.balance,
    }))
    .sort((a, b) => b.balance - a.balance || (a.cooperative_name ?? "").localeCompare(b.cooperative_name ?? "") || a.currency_code.localeCompare(b.currency_code))
  res.json({ balances })
}
