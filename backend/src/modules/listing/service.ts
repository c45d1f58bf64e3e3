import type { Context, InferEntityForModuleService, InferTypeOf } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { type ListingChanges, mergeChanges } from "./changes"
import Listing from "./models/listing"
import ListingRevision, { type RevisionStatus } from "./models/listing-revision"
import { editModeOf, type ListingAction, nextListingState } from "./state-transitions"

export type ListingDTO = InferTypeOf<typeof Listing>
export type ListingRevisionDTO = InferTypeOf<typeof ListingRevision>
type ListingData = Partial<InferEntityForModuleService<typeof Listing>>

/** An action on a listing: who takes it (a member or a staff user) and, to reject, why. */
export type ListingMove = { action: ListingAction; actor_id: string; reason?: string | null }

/** The end of a pending revision: staff approve or reject it (with a reason), or its member withdraws it. */
export type RevisionDecision = { status: Exclude<RevisionStatus, "pending">; decided_by?: string | null; reason?: string | null }

/** The fields an action records besides the state. */
function recordOf(move: ListingMove, current: ListingDTO, reason: string | null, now: Date): ListingData {
  switch (move.action) {
    case "submit":
      // A new submission starts a new review: the previous decision no longer applies.
      return { submitted_at: now, submitted_by: move.actor_id, rejection_reason: null, decided_at: null, decided_by: null }
    case "approve":
      return { decided_at: now, decided_by: move.actor_id, rejection_reason: null, first_live_at: current.first_live_at ?? now }
    case "reject":
      return { decided_at: now, decided_by: move.actor_id, rejection_reason: reason }
    case "archive":
      return { archived_at: now }
    case "withdraw":
      return {}
  }
}

/**
 * Listings and their revisions. The generated methods are kept for reads and for compensations,
 * which restore records as they were; the moves of the marketplace go through `moveListing`,
 * `proposeRevision` and `closeRevision`, which refuse what the rules do not allow (NOT_ALLOWED)
 * and missing reasons (INVALID_DATA) before writing anything.
 */
export default class ListingModuleService extends MedusaService({ Listing, ListingRevision }) {
  /** Applies a member's or staff's action to a listing, recording who and when. */
  @InjectTransactionManager()
  async moveListing(id: string, move: ListingMove, @MedusaContext() sharedContext: Context = {}): Promise<ListingDTO> {
    const current = await this.retrieveListing(id, {}, sharedContext)
    const state = nextListingState(current.state, move.action)
    const reason = move.reason?.trim() || null
    if (move.action === "reject" && !reason) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "rejection_reason is required to reject a listing")
    }
    return this.updateListings({ id, state, ...recordOf(move, current, reason, new Date()) }, sharedContext)
  }

  /**
   * Records a member's change to a live listing as its pending revision: a new one, or the
   * pending one with the change merged in, so staff review one revision per listing.
   */
  @InjectTransactionManager()
  async proposeRevision(
    listingId: string,
    changes: ListingChanges,
    memberId: string,
    @MedusaContext() sharedContext: Context = {},
  ): Promise<ListingRevisionDTO> {
    const listing = await this.retrieveListing(listingId, { select: ["id", "state"] }, sharedContext)
    if (editModeOf(listing.state) !== "revision") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `state: only a live listing takes revisions, this one is ${listing.state}`)
    }
    const [pending] = await this.listListingRevisions({ listing_id: listingId, status: "pending" }, { take: 1 }, sharedContext)
    if (!pending) {
      return this.createListingRevisions({ listing_id: listingId, changes, submitted_by: memberId }, sharedContext)
    }
    return this.updateListingRevisions(
      { id: pending.id, changes: mergeChanges(pending.changes as ListingChanges, changes), submitted_by: memberId },
      sharedContext,
    )
  }

  /** Ends a pending revision; anything already decided or withdrawn is NOT_ALLOWED. */
  @InjectTransactionManager()
  async closeRevision(id: string, decision: RevisionDecision, @MedusaContext() sharedContext: Context = {}): Promise<ListingRevisionDTO> {
    const current = await this.retrieveListingRevision(id, { select: ["id", "status"] }, sharedContext)
    if (current.status !== "pending") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `status: this revision is already ${current.status}`)
    }
    const reason = decision.reason?.trim() || null
    if (decision.status === "rejected" && !reason) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "reason is required to reject a revision")
    }
    return this.updateListingRevisions(
      { id, status: decision.status, reason, decided_by: decision.decided_by ?? null, decided_at: new Date() },
      sharedContext,
    )
  }

  /**
   * Puts a revision's `changes` back exactly as given, for compensations. Medusa's generated
   * update merges a JSON object into the stored one, which can add fields but never remove them,
   * so undoing an edit merged into a pending revision writes the column directly.
   */
  @InjectTransactionManager()
  async replaceRevisionChanges(
    id: string,
    changes: ListingChanges,
    submittedBy: string,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {},
  ): Promise<void> {
    const manager = sharedContext.transactionManager!
    const knex = manager.getTransactionContext() ?? manager.getKnex()
    await knex("listing_revision")
      .where({ id })
      .update({ changes: JSON.stringify(changes), submitted_by: submittedBy, updated_at: new Date() })
  }
}
