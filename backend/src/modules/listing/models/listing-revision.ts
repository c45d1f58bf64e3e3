import { model } from "@medusajs/framework/utils"
import Listing from "./listing"

export const revisionStatuses = ["pending", "approved", "rejected", "withdrawn"] as const
export type RevisionStatus = (typeof revisionStatuses)[number]

/**
 * A change to a live listing's texts, images, category or provenance, waiting for staff. The
 * live product keeps selling unchanged until the revision is approved and applied. `changes`
 * holds only the fields the member changed, in the shape the update route accepts.
 */
const ListingRevision = model
  .define("listing_revision", {
    id: model.id({ prefix: "lrev" }).primaryKey(),
    changes: model.json(),
    status: model.enum([...revisionStatuses]).default("pending"),
    reason: model.text().nullable(),
    submitted_by: model.text(),
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    listing: model.belongsTo(() => Listing, { mappedBy: "revisions" }),
  })
  .indexes([
    // One pending revision per listing: a second edit before staff decide goes into the same one.
    { on: ["listing_id"], unique: true, where: { status: "pending" } },
    { on: ["status"] },
  ])

export default ListingRevision
