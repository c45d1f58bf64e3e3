import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { type AcceptedBid, applyBid, type BidInput, type BidRefusal, type LotState } from "./bidding"
import AuctionBid from "./models/auction-bid"
import AuctionLot, { type AuctionLotStatus } from "./models/auction-lot"
import AuctionOffer, { type AuctionOfferStatus } from "./models/auction-offer"

/**
 * An accepted bid: the records it wrote, in order, the lot as it now stands, and the customer
 * who lost the lead to it (null when the lead did not change hands), read under the same lock.
 */
export type PlacedBid = { bids: AcceptedBid[]; lot: LotState & { id: string }; outbid_customer_id: string | null }

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
    const outbid = lot.leader_customer_id !== null && lot.leader_customer_id !== state.leader_customer_id
    return { bids, lot: { ...state, id: lotId }, outbid_customer_id: outbid ? lot.leader_customer_id : null }
  }

  /** Moves scheduled lots whose start has passed, by the database's clock, to `live`; returns their ids. */
  @InjectTransactionManager()
  async startDueLots(@MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<string[]> {
    const knex = knexOf(sharedContext)
    const rows: { id: string }[] = await knex("auction_lot")
      .where({ status: "scheduled", deleted_at: null })
      .where("starts_at", "<=", knex.raw("clock_timestamp()"))
      .update({ status: "live", updated_at: knex.raw("clock_timestamp()") })
      .returning(["id"])
    return rows.map((row) => row.id)
  }

  /** The lots still taking bids whose end has passed, by the database's clock: the ones to close. */
  @InjectTransactionManager()
  async listLotsDueToClose(@MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<string[]> {
    const knex = knexOf(sharedContext)
    const rows: { id: string }[] = await knex("auction_lot")
      .select("id")
      .whereIn("status", biddingStatuses)
      .where({ deleted_at: null })
      .where("ends_at", "<=", knex.raw("clock_timestamp()"))
      .orderBy("ends_at", "asc")
    return rows.map((row) => row.id)
  }

  /**
   * Closes a lot whose end has passed, in one conditional UPDATE: of every closer running at
   * once (two job runs, two servers), exactly one gets the row back; the others get `null` and
   * must write nothing. The UPDATE waits for a bid holding the row lock and re-checks the end
   * it may have moved, so a last-second bid is either in the result or refused as too late.
   * Reserve met (or none) with a leader: `sold` at the current price to the leader; otherwise
   * `not_sold`.
   */
  @InjectTransactionManager()
  async claimLotClose(lotId: string, @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<ClosedLot | null> {
    const knex = knexOf(sharedContext)
    const sold = "(leader_customer_id is not null and (reserve_price is null or current_price >= reserve_price))"
    const rows = await knex("auction_lot")
      .where({ id: lotId, deleted_at: null })
      .whereIn("status", biddingStatuses)
      .where("ends_at", "<=", knex.raw("clock_timestamp()"))
      .update({
        status: knex.raw(`case when ${sold} then 'sold' else 'not_sold' end`),
        hammer_price: knex.raw(`case when ${sold} then current_price end`),
        raw_hammer_price: knex.raw(`case when ${sold} then raw_current_price end`),
        winner_customer_id: knex.raw(`case when ${sold} then leader_customer_id end`),
        closed_at: knex.raw("clock_timestamp()"),
        updated_at: knex.raw("clock_timestamp()"),
      })
      .returning(["id", "status", "hammer_price", "winner_customer_id", "closed_at", "payment_days"])
    const row = rows[0]
    if (!row) return null
    return {
      id: row.id,
      outcome: row.status,
      hammer_price: row.hammer_price === null ? null : Number(row.hammer_price),
      winner_customer_id: row.winner_customer_id,
      closed_at: new Date(row.closed_at),
      payment_days: Number(row.payment_days),
    }
  }

  /** Undoes `claimLotClose` when the rest of the close failed: the lot is live again and the next run closes it. */
  @InjectTransactionManager()
  async reopenClosedLot(lotId: string, @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<void> {
    const knex = knexOf(sharedContext)
    await knex("auction_lot")
      .where({ id: lotId })
      .whereIn("status", ["sold", "not_sold"])
      .update({
        status: "live",
        hammer_price: null,
        raw_hammer_price: null,
        winner_customer_id: null,
        closed_at: null,
        updated_at: knex.raw("clock_timestamp()"),
      })
  }

  /**
   * Keeps why a lot's close failed, for staff. True when the reason is new (the lot's first
   * failure, or another reason than the last), so that staff are told once, not every minute.
   */
  @InjectTransactionManager()
  async recordCloseFailure(lotId: string, reason: string, @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<boolean> {
    const knex = knexOf(sharedContext)
    const rows = await knex("auction_lot")
      .where({ id: lotId })
      .whereRaw("close_error is distinct from ?", [reason])
      .update({ close_error: reason, updated_at: knex.raw("clock_timestamp()") })
      .returning(["id"])
    return rows.length > 0
  }

  /**
   * Cancels a lot for `reason`, under its row lock so a close or a bid running at the same time
   * sees either the lot before or the cancelled one. A paid or already cancelled lot cannot be
   * cancelled (NOT_ALLOWED). Returns the status it had, for the compensation.
   */
  @InjectTransactionManager()
  async cancelLot(lotId: string, reason: string, @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<AuctionLotStatus> {
    const knex = knexOf(sharedContext)
    const lot = await lockLot(knex, lotId)
    if (lot.status === "paid") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This lot is paid: its order is placed, cancel the order instead")
    if (lot.status === "cancelled") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This lot is already cancelled")
    await knex("auction_lot").where({ id: lotId }).update({
      status: "cancelled",
      cancelled_at: knex.raw("clock_timestamp()"),
      cancel_reason: reason,
      updated_at: knex.raw("clock_timestamp()"),
    })
    return lot.status
  }

  /** Undoes `cancelLot`: the lot gets back the status it had. */
  @InjectTransactionManager()
  async restoreCancelledLot(lotId: string, status: AuctionLotStatus, @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<void> {
    const knex = knexOf(sharedContext)
    await knex("auction_lot")
      .where({ id: lotId, status: "cancelled" })
      .update({ status, cancelled_at: null, cancel_reason: null, updated_at: knex.raw("clock_timestamp()") })
  }

  /** Open offers past their due date become `expired`, by the database's clock; returns them with their carts. */
  @InjectTransactionManager()
  async expireDueOffers(@MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<{ id: string; cart_id: string | null }[]> {
    const knex = knexOf(sharedContext)
    return knex("auction_offer")
      .where({ status: "open", deleted_at: null })
      .where("due_at", "<=", knex.raw("clock_timestamp()"))
      .update({ status: "expired", updated_at: knex.raw("clock_timestamp()") })
      .returning(["id", "cart_id"])
  }

  /**
   * Offers a sold lot to its next bidder, under the lot's row lock so two staff members cannot
   * make two offers: the highest bid of a customer who has held no offer on this lot yet, at
   * that bid's amount (the earlier bid wins a tie), due `payment_days` from now. Refused
   * (NOT_ALLOWED, with the reason) unless the lot is sold or in second chance, every offer on
   * it has expired or been withdrawn, and such a bidder exists. The lot moves to
   * `second_chance`; returns the offer and the lot's previous status, for the compensation.
   */
  @InjectTransactionManager()
  async openSecondChance(lotId: string, @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<SecondChance> {
    const knex = knexOf(sharedContext)
    const lot = await lockLot(knex, lotId)
    if (lot.status !== "sold" && lot.status !== "second_chance") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `A second chance is offered on a sold lot whose offer expired; this lot is ${lot.status}`)
    }
    const pending = await knex("auction_offer").select("status").where({ lot_id: lotId, deleted_at: null }).whereIn("status", ["open", "paid"]).first()
    if (pending) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        pending.status === "paid" ? "The lot's offer is paid" : "The lot's current offer is still open: wait for its due date",
      )
    }
    const candidate = await knex("auction_bid")
      .select("customer_id", "amount")
      .where({ lot_id: lotId, deleted_at: null })
      .whereNotIn("customer_id", knex("auction_offer").select("customer_id").where({ lot_id: lotId, deleted_at: null }))
      .orderBy([
        { column: "amount", order: "desc" },
        { column: "position", order: "asc" },
      ])
      .first()
    if (!candidate) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "No other bidder is left to offer this lot to")
    const { now } = await knex.first(knex.raw("clock_timestamp() as now"))
    const offer = await this.createAuctionOffers(
      {
        lot_id: lotId,
        customer_id: candidate.customer_id,
        kind: "second_chance",
        amount: Number(candidate.amount),
        due_at: new Date(new Date(now).getTime() + lot.payment_days * DAY_MS),
      },
      sharedContext,
    )
    await knex("auction_lot").where({ id: lotId }).update({ status: "second_chance", updated_at: knex.raw("clock_timestamp()") })
    return { offer_id: offer.id, previous_status: lot.status }
  }

  /** Undoes `openSecondChance`: deletes the offer and gives the lot back its status. */
  @InjectTransactionManager()
  async undoSecondChance(lotId: string, offerId: string, status: AuctionLotStatus, @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<void> {
    const knex = knexOf(sharedContext)
    await this.deleteAuctionOffers(offerId, sharedContext)
    await knex("auction_lot").where({ id: lotId }).update({ status, updated_at: knex.raw("clock_timestamp()") })
  }

  /**
   * Records that the order `orderId` placed from cart `cartId` pays the offer made with that
   * cart, and the offer's lot. An order placed right at the due date pays its offer even if the
   * job expired it meanwhile: the customer has paid. `null` when the cart is no offer's, or its
   * offer was already paid or withdrawn.
   */
  @InjectTransactionManager()
  async markOfferPaid(cartId: string, orderId: string, @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<PaidOffer | null> {
    const knex = knexOf(sharedContext)
    const offer = await knex("auction_offer")
      .select("id", "lot_id", "status")
      .where({ cart_id: cartId, deleted_at: null })
      .whereIn("status", ["open", "expired"])
      .forUpdate()
      .first()
    if (!offer) return null
    const lot = await lockLot(knex, offer.lot_id)
    await knex("auction_offer").where({ id: offer.id }).update({ status: "paid", order_id: orderId, updated_at: knex.raw("clock_timestamp()") })
    await knex("auction_lot").where({ id: offer.lot_id }).update({ status: "paid", updated_at: knex.raw("clock_timestamp()") })
    return { offer_id: offer.id, lot_id: offer.lot_id, offer_status: offer.status, lot_status: lot.status }
  }

  /** Undoes `markOfferPaid`. */
  @InjectTransactionManager()
  async unmarkOfferPaid(paid: PaidOffer, @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<void> {
    const knex = knexOf(sharedContext)
    await knex("auction_offer").where({ id: paid.offer_id }).update({ status: paid.offer_status, order_id: null, updated_at: knex.raw("clock_timestamp()") })
    await knex("auction_lot").where({ id: paid.lot_id }).update({ status: paid.lot_status, updated_at: knex.raw("clock_timestamp()") })
  }

  /** The status of each lot's latest offer (the one being paid, or the last made), by lot id; lots without offers are absent. */
  async latestOfferStatuses(lotIds: string[]): Promise<Record<string, AuctionOfferStatus>> {
    if (!lotIds.length) return {}
    const offers = await this.listAuctionOffers({ lot_id: lotIds }, { select: ["lot_id", "status", "created_at"], order: { created_at: "ASC" } })
    return Object.fromEntries(offers.map((offer) => [offer.lot_id, offer.status]))
  }
}

/** Statuses in which a lot takes bids (a scheduled lot does once its start has passed). */
const biddingStatuses: AuctionLotStatus[] = ["scheduled", "live"]

const DAY_MS = 24 * 60 * 60_000

/** A lot `claimLotClose` closed: `hammer_price` and the winner are set when `sold`. */
export type ClosedLot = {
  id: string
  outcome: "sold" | "not_sold"
  hammer_price: number | null
  winner_customer_id: string | null
  closed_at: Date
  payment_days: number
}

/** A second-chance offer made, and the status its lot had before. */
export type SecondChance = { offer_id: string; previous_status: AuctionLotStatus }

/** An offer marked paid, with the statuses it and its lot had before. */
export type PaidOffer = { offer_id: string; lot_id: string; offer_status: AuctionOfferStatus; lot_status: AuctionLotStatus }

function knexOf(sharedContext: Context<SqlEntityManager>) {
  const manager = sharedContext.transactionManager!
  return manager.getTransactionContext() ?? manager.getKnex()
}

/** Locks the lot's row for the rest of the transaction; NOT_FOUND for an unknown or deleted lot. */
async function lockLot(knex: ReturnType<typeof knexOf>, lotId: string): Promise<{ status: AuctionLotStatus; payment_days: number }> {
  const lot = await knex("auction_lot").select("status", "payment_days").where({ id: lotId, deleted_at: null }).forUpdate().first()
  if (!lot) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Auction lot ${lotId} was not found`)
  return { status: lot.status, payment_days: Number(lot.payment_days) }
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
