/**
 * Events the ledger workflows emit once they have succeeded, for notifications to follow.
 */
export const LedgerEvents = {
  /**
   * Staff recorded a bank transfer to a cooperative. Payload `{ id, cooperative_id,
   * currency_code, amount }`: `id` is the ledger entry's, `amount` is what was paid, positive
   * (the entry itself stores it negated).
   */
  PAYOUT_RECORDED: "ledger.payout_recorded",
} as const
