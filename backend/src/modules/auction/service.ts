import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { type AcceptedBid, applyBid, type BidInput, type BidRefusal, type LotState } from "./bidding"
import AuctionBid from "./models/auction-bid"
import AuctionLot from "./models/auction-lot"
import AuctionOffer from "./models/auction-offer"

/** An accepted bid: the records it wrote, in order, and the lot as it now stands. */
export type PlacedBid = { bids: AcceptedBid[]; lot: LotState & { id: string } }

/** A refused bid: nothing was written. `min_amount` with `bid_too_low`. */
export class BidRefused extends MedusaError {
  constructor(
    readonly code: BidRefusal,
    message: string,
    readonly min_amount?: number,
  ) {
    super(code === "auction_not_live" ? MedusaError.Types.NOT_ALLOWED : MedusaError.Types.INVALID_DATA, message, code)
  }
}

const refusalMessages: Record<BidRefusal, (min?: number) => string> = {
  auction_not_live: () => "This lot is not taking bids: it has not started or it has ended.",
  currency_mismatch: () => "Bids on this lot are in its own currency only.",
  already_highest_bidder: () => "You are already the highest bidder.",
  bid_too_low: (min) => `The bid is too low: the next bid must be at least ${min}.`,
  invalid_amount: () => "A bid is a whole, positive amount.",
}

const lotColumns = [
  "id", "status", "currency_code", "starts_at", "ends_at", "soft_close_minutes", "starting_price", "reserve_price",
  "current_price", "leader_customer_id", "leader_max", "last_position", "bid_count",
]

/** Timed auction lots, their immutable bids and the offers to pay made when they close. */
export default class AuctionModuleService extends MedusaService({ AuctionLot, AuctionBid, AuctionOffer }) {
  /**
   * Places one bid under the lot's row lock, so concurrent bids on a lot are applied one at a
   * time in the order they got the lock, across every server; the clock is the database's, the
   * same for all of them. Throws `BidRefused` (and writes nothing) when the rules refuse it.
   */
  @InjectTransactionManager()
  async placeBid(lotId: string, input: BidInput, @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<PlacedBid> {
    const manager = sharedContext.transactionManager!
    const knex = manager.getTransactionContext() ?? manager.getKnex()
    const row = await knex("auction_lot")
      .select(lotColumns)
      .select(knex.raw("clock_timestamp() as now"))
      .where({ id: lotId, deleted_at: null })
      .forUpdate()
      .first()
    if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Auction lot ${lotId} was not found`)
    const lot = toLotState(row)
    const outcome = applyBid(lot, input, new Date(row.now))
    if (!outcome.accepted) {
      throw new BidRefused(outcome.code, refusalMessages[outcome.code](outcome.min_amount), outcome.min_amount)
    }
    const { state, bids } = outcome
    await this.createAuctionBids(
      bids.map((bid) => ({ ...bid, lot_id: lotId })),
      sharedContext,
    )
    await this.updateAuctionLots(
      {
        id: lotId,
        status: state.status,
        ends_at: state.ends_at,
        current_price: state.current_price,
        leader_customer_id: state.leader_customer_id,
        leader_max: state.leader_max,
        last_position: state.last_position,
        bid_count: state.bid_count,
      },
      sharedContext,
    )
    return { bids, lot: { ...state, id: lotId } }
  }
}

function toLotState(row: Record<string, unknown>): LotState {
  const amount = (value: unknown) => (value === null || value === undefined ? null : Number(value))
  return {
    status: row.status as LotState["status"],
    currency_code: String(row.currency_code),
    starts_at: new Date(row.starts_at as string),
    ends_at: new Date(row.ends_at as string),
    soft_close_minutes: Number(row.soft_close_minutes),
    starting_price: Number(row.starting_price),
    reserve_price: amount(row.reserve_price),
    current_price: amount(row.current_price),
    leader_customer_id: (row.leader_customer_id as string | null) ?? null,
    leader_max: amount(row.leader_max),
    last_position: Number(row.last_position),
    bid_count: Number(row.bid_count),
  }
}
