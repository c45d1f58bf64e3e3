import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"

type Knex = ReturnType<SqlEntityManager["getKnex"]>

/**
 * The knex of the call's transaction. Sums are read with SQL, not by loading entries: the sum
 * of `numeric` is exact in PostgreSQL, and a balance never costs one row per entry in Node.
 */
export function knexOf(ctx: Context<SqlEntityManager>): Knex {
  const manager = ctx.transactionManager!
  return manager.getTransactionContext() ?? manager.getKnex()
}

/**
 * Waits for, then holds until the transaction ends, the lock of one cooperative's balance in one
 * currency. Everything that writes to that balance takes it, so a payout's balance check sees
 * every entry committed before it and no second payout can pass the same check concurrently.
 */
export async function lockBalance(knex: Knex, cooperativeId: string, currencyCode: string): Promise<void> {
  await knex.raw("select pg_advisory_xact_lock(hashtext(?))", [`ledger:${cooperativeId}:${currencyCode}`])
}

// Sums are rounded to the cent in SQL and read as text, so no float ever adds two amounts.
const roundedSum = "round(coalesce(sum(amount), 0), 2)::text"

/** Balances per currency, and per cooperative when `byCooperative`; the caller adds its `where`. */
export function sumQuery(knex: Knex, byCooperative = false) {
  const keys = byCooperative ? ["cooperative_id", "currency_code"] : ["currency_code"]
  return knex("ledger_entry")
    .select(...keys, knex.raw(`${roundedSum} as balance`))
    .whereNull("deleted_at")
    .groupBy(keys)
    .orderBy(keys)
}

/** One cooperative's balance in one currency, 0 when it has no entries. */
export async function balanceOf(knex: Knex, cooperativeId: string, currencyCode: string): Promise<number> {
  const row = await knex("ledger_entry")
    .first(knex.raw(`${roundedSum} as balance`))
    .where({ cooperative_id: cooperativeId, currency_code: currencyCode })
    .whereNull("deleted_at")
  return Number(row?.balance ?? 0)
}

/** The balance before `from` of each currency the cooperative has entries in before `to`. */
export async function periodOpenings(knex: Knex, cooperativeId: string, from: Date, to: Date) {
  const rows: { currency_code: string; opening: string }[] = await knex("ledger_entry")
    .select("currency_code", knex.raw("round(coalesce(sum(amount) filter (where occurred_at < ?), 0), 2)::text as opening", [from]))
    .where({ cooperative_id: cooperativeId })
    .where("occurred_at", "<", to)
    .whereNull("deleted_at")
    .groupBy("currency_code")
    .orderBy("currency_code")
  return rows.map((row) => ({ currency_code: row.currency_code, opening: Number(row.opening) }))
}
