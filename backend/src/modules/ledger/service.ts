import type { Context, InferTypeOf } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { checkedEntry, checkedPayout, type NewLedgerEntry, type NewPayout } from "./entry-rules"
import LedgerEntry from "./models/ledger-entry"
import { balanceOf, knexOf, lockBalance, periodOpenings, sumQuery } from "./sums"

export type { LedgerEntryKind } from "./models/ledger-entry"
export type { NewLedgerEntry, NewPayout } from "./entry-rules"
export type LedgerEntryDTO = InferTypeOf<typeof LedgerEntry>
export type CurrencyBalance = { currency_code: string; balance: number }
export type CooperativeBalance = CurrencyBalance & { cooperative_id: string }

/** One currency of a statement: the balance before the period, its entries, the balance after. */
export type StatementCurrency = { currency_code: string; opening_balance: number; closing_balance: number; entries: LedgerEntryDTO[] }
/** What a cooperative was owed over [from, to), per currency. */
export type LedgerStatement = { cooperative_id: string; from: Date; to: Date; currencies: StatementCurrency[] }

type Ctx = Context<SqlEntityManager>

const neverChanged = () =>
  new MedusaError(MedusaError.Types.NOT_ALLOWED, "ledger entries are never changed: record a correcting entry")

/**
 * Cooperatives' balances, built only from appended entries. Entries are immutable twice over:
 * the generated update, delete, soft-delete and restore methods refuse with a readable
 * NOT_ALLOWED error for callers of this service, and a database trigger refuses any UPDATE or
 * DELETE for everything else (raw SQL, scripts, another module's query). The service alone would
 * leave the table open to those; the trigger alone would answer callers with a database error.
 * For the same reason, the generated create is closed: entries go through `recordEntries` and
 * `recordPayout`, which check them. A workflow step that records entries therefore compensates
 * by recording the opposite entries, never by deleting.
 */
export default class LedgerModuleService extends MedusaService({ LedgerEntry }) {
  /** Appends sales, commissions, refunds and commission refunds; payouts go through `recordPayout`. */
  @InjectTransactionManager()
  async recordEntries(entries: NewLedgerEntry[], @MedusaContext() sharedContext: Ctx = {}): Promise<LedgerEntryDTO[]> {
    const checked = entries.map(checkedEntry)
    const knex = knexOf(sharedContext)
    // Sorted, so two calls touching the same balances take their locks in the same order.
    const balances = [...new Set(checked.map((entry) => `${entry.cooperative_id}\u0000${entry.currency_code}`))].sort()
    for (const key of balances) {
      const [cooperativeId, currencyCode] = key.split("\u0000")
      await lockBalance(knex, cooperativeId, currencyCode)
    }
    return super.createLedgerEntries(checked, sharedContext)
  }

  /**
   * Records a bank transfer to a cooperative, refused (NOT_ALLOWED) when it is above the
   * cooperative's balance in that currency at this moment; the entry stores the amount negated.
   */
  @InjectTransactionManager()
  async recordPayout(payout: NewPayout, @MedusaContext() sharedContext: Ctx = {}): Promise<LedgerEntryDTO> {
    const { cents, bank_reference } = checkedPayout(payout, new Date())
    const { cooperative_id, currency_code } = payout
    const knex = knexOf(sharedContext)
    await lockBalance(knex, cooperative_id, currency_code)
    // Entries created earlier in this transaction are only written at flush; the sum must see them.
    await sharedContext.transactionManager!.flush()
    const balance = await balanceOf(knex, cooperative_id, currency_code)
    if (cents > Math.round(balance * 100)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `amount: ${cents / 100} is above the available balance of ${balance} ${currency_code.toUpperCase()}`,
      )
    }
    const entry = {
      cooperative_id,
      currency_code,
      kind: "payout" as const,
      amount: -cents / 100,
      occurred_at: payout.paid_at,
      bank_reference,
      recorded_by: payout.recorded_by,
      note: payout.note ?? null,
    }
    const [created] = await super.createLedgerEntries([entry], sharedContext)
    return created
  }

  /** A cooperative's balance in each currency it has entries in, to the cent. */
  @InjectTransactionManager()
  async balances(cooperativeId: string, @MedusaContext() sharedContext: Ctx = {}): Promise<CurrencyBalance[]> {
    const rows = await sumQuery(knexOf(sharedContext)).where({ cooperative_id: cooperativeId })
    return rows.map((row) => ({ currency_code: row.currency_code, balance: Number(row.balance) }))
  }

  /** A cooperative's balance in one currency, 0 when it has no entries in it. */
  @InjectTransactionManager()
  async balance(cooperativeId: string, currencyCode: string, @MedusaContext() sharedContext: Ctx = {}): Promise<number> {
    return balanceOf(knexOf(sharedContext), cooperativeId, currencyCode)
  }

  /**
   * What is owed to whom: every non-zero balance. A negative one (refunds after a payout) is
   * what the cooperative owes back, and staff need to see it too.
   */
  @InjectTransactionManager()
  async owedByCooperative(@MedusaContext() sharedContext: Ctx = {}): Promise<CooperativeBalance[]> {
    const rows = await sumQuery(knexOf(sharedContext), true).havingRaw("round(sum(amount), 2) <> 0")
    return rows.map((row) => ({ cooperative_id: row.cooperative_id, currency_code: row.currency_code, balance: Number(row.balance) }))
  }

  /** A cooperative's entries dated in [from, to), oldest first then as recorded, with the balances around them. */
  @InjectTransactionManager()
  async statement(cooperativeId: string, period: { from: Date; to: Date }, @MedusaContext() sharedContext: Ctx = {}): Promise<LedgerStatement> {
    const { from, to } = period
    if (!(from < to)) throw new MedusaError(MedusaError.Types.INVALID_DATA, "to: the period must end after it starts")
    const openings = await periodOpenings(knexOf(sharedContext), cooperativeId, from, to)
    const entries = await this.listLedgerEntries(
      { cooperative_id: cooperativeId, occurred_at: { $gte: from, $lt: to } },
      { order: { occurred_at: "ASC", created_at: "ASC", seq: "ASC" } },
      sharedContext,
    )
    const currencies = openings.map(({ currency_code, opening }) => {
      const own = entries.filter((entry) => entry.currency_code === currency_code)
      // Closing from the entries listed, in cents, so the statement always adds up on paper.
      const closing = own.reduce((cents, entry) => cents + Math.round(Number(entry.amount) * 100), Math.round(opening * 100))
      return { currency_code, opening_balance: opening, closing_balance: closing / 100, entries: own }
    })
    return { cooperative_id: cooperativeId, from, to, currencies }
  }

  // The overrides below keep the generated names so that no caller reaches the generated writes.
  // @ts-expect-error MedusaService declares its generated methods as properties; Medusa's own modules override them the same way.
  async createLedgerEntries(..._refused: unknown[]): Promise<never> {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "ledger entries are recorded with recordEntries or recordPayout")
  }

  // @ts-expect-error as above
  async updateLedgerEntries(..._refused: unknown[]): Promise<never> {
    throw neverChanged()
  }

  // @ts-expect-error as above
  async deleteLedgerEntries(..._refused: unknown[]): Promise<never> {
    throw neverChanged()
  }

  // @ts-expect-error as above
  async softDeleteLedgerEntries(..._refused: unknown[]): Promise<never> {
    throw neverChanged()
  }

  // @ts-expect-error as above
  async restoreLedgerEntries(..._refused: unknown[]): Promise<never> {
    throw neverChanged()
  }
}
