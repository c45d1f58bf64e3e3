import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { BidderEligibility } from "./bidder-eligibility"
import { type AuctionDetail, detailFor, loadLotView, type LotView } from "./lot-detail"
import { phaseOf, serverTime } from "./lot-summary"

/** How often a watched lot is read: changes reach its listeners within about this long. */
const POLL_MS = 500

/** One open stream on a lot: who is looking, in which language, and where to send its state. */
export type LotListener = {
  locale?: string
  viewer: { customer_id: string; eligibility: BidderEligibility } | null
  send: (auction: AuctionDetail, serverTime: Date) => void
  /** Called once when the lot disappears (deleted): the stream has nothing more to say. */
  end: () => void
}

type WatchedLot = { scope: MedusaContainer; listeners: Set<LotListener>; signature: string | null; timer: NodeJS.Timeout | null }

/**
 * Watches lots for this server's open streams: one read of a lot's row every {@link POLL_MS}
 * for all of its listeners, whatever their number, and a push of each listener's own state when
 * the row changed (a bid, the close, a cancellation) or its phase turned with the clock. Reading
 * the shared database rather than listening to events makes a bid taken by any server reach the
 * streams of every other one, with no pub/sub to run; polling stops with the lot's last listener.
 */
export class LotWatcher {
  private readonly lots = new Map<string, WatchedLot>()

  /**
   * Adds `listener` to the lot's listeners and sends it the lot's current state; returns the
   * function that removes it. The first listener's `scope` serves the lot's polling while it is
   * watched: the services read through it are the application's singletons.
   */
  watch(scope: MedusaContainer, lotId: string, listener: LotListener): () => void {
    const watched = this.lots.get(lotId) ?? { scope, listeners: new Set(), signature: null, timer: null }
    this.lots.set(lotId, watched)
    watched.listeners.add(listener)
    if (watched.listeners.size === 1) void this.poll(lotId)
    else this.push(lotId, [listener]).catch((error) => this.logError(watched, error))
    return () => this.unwatch(lotId, listener)
  }

  private unwatch(lotId: string, listener: LotListener) {
    const watched = this.lots.get(lotId)
    if (!watched) return
    watched.listeners.delete(listener)
    if (watched.listeners.size) return
    if (watched.timer) clearTimeout(watched.timer)
    this.lots.delete(lotId)
  }

  // The signature is read before the state it announces, so a change between the two is seen by
  // the next poll (and sent twice) rather than missed.
  private async poll(lotId: string) {
    const watched = this.lots.get(lotId)
    if (!watched) return
    watched.timer = null
    try {
      const signature = await signatureOf(watched.scope, lotId)
      if (signature === null) return this.endAll(lotId)
      if (signature !== watched.signature) {
        // A lot's first poll also sends its first listener the state it starts from. The
        // signature is kept once sent, so a push that failed is tried again by the next poll.
        await this.push(lotId, [...watched.listeners])
        watched.signature = signature
      }
    } catch (error) {
      this.logError(watched, error)
    }
    if (this.lots.get(lotId) === watched && watched.listeners.size) {
      watched.timer = setTimeout(() => void this.poll(lotId), POLL_MS)
    }
  }

  /** Builds the lot's state once per locale, then each listener's own view of it. */
  private async push(lotId: string, listeners: LotListener[]) {
    const watched = this.lots.get(lotId)
    if (!watched) return
    const { scope } = watched
    const views = new Map<string | undefined, Promise<LotView | null>>()
    const now = await serverTime(scope)
    for (const listener of listeners) {
      if (!views.has(listener.locale)) views.set(listener.locale, loadLotView(scope, lotId, { locale: listener.locale, now }))
      const view = await views.get(listener.locale)!
      if (!view) return this.endAll(lotId)
      if (watched.listeners.has(listener)) listener.send(await detailFor(scope, view, listener.viewer), now)
    }
  }

  // A failed read is logged and the next poll tries again: a stream outlives a database hiccup.
  private logError(watched: WatchedLot, error: unknown) {
    watched.scope.resolve(ContainerRegistrationKeys.LOGGER).error(error as Error)
  }

  private endAll(lotId: string) {
    const watched = this.lots.get(lotId)
    if (!watched) return
    this.lots.delete(lotId)
    if (watched.timer) clearTimeout(watched.timer)
    for (const listener of watched.listeners) listener.end()
  }
}

/**
 * What changes when the lot does, from one row read: its last write, its last bid, its status,
 * and its phase at the database's clock (a start or an end passing changes nothing else).
 * Null when the lot is gone.
 */
async function signatureOf(scope: MedusaContainer, lotId: string): Promise<string | null> {
  const knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const row = await knex("auction_lot")
    .select("updated_at", "last_position", "status", "starts_at", "ends_at", knex.raw("clock_timestamp() as now"))
    .where({ id: lotId, deleted_at: null })
    .first()
  if (!row) return null
  const phase = phaseOf(row, new Date(row.now))
  return [new Date(row.updated_at).toISOString(), row.last_position, row.status, phase].join("|")
}

/** This server's watcher: every stream on this process shares it. */
export const lotWatcher = new LotWatcher()
