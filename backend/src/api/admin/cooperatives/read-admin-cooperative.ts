import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { LISTING_MODULE } from "../../../modules/listing"
import { listingStates, type ListingState } from "../../../modules/listing/models/listing"
import type ListingModuleService from "../../../modules/listing/service"
import { listingStateOf } from "../../vendor/products/read-vendor-products"

/** Everything staff see of a cooperative: its record (bank details included, for payouts), members and products. */
const fields = [
  "*",
  "members.id",
  "members.email",
  "members.first_name",
  "members.last_name",
  "members.phone",
  "members.role",
  "members.created_at",
  "products.id",
  "products.handle",
  "products.title",
  "products.thumbnail",
  "products.status",
  "products.created_at",
  "products.listing.id",
  "products.listing.state",
]

type ProductRow = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  status: string
  created_at: string
  listing?: { id: string; state: ListingState } | null
}

/**
 * One cooperative as staff's detail page shows it: the record, who took the last decision on
 * it, its members, its products (newest first, each with its listing state and whether a change
 * waits for review) and the figures staff decide on. NOT_FOUND for an unknown id.
 */
export async function readAdminCooperative(scope: MedusaContainer, id: string) {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cooperative", fields, filters: { id } })
  const found = data[0]
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative with id: ${id} was not found`)
  const { members, products: productRows, ...cooperative } = found

  const products = ((productRows ?? []) as (ProductRow | null)[])
    .filter((product): product is ProductRow => !!product)
    .sort((a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime() || a.id.localeCompare(b.id))
  const listingIds = products.flatMap((product) => (product.listing ? [product.listing.id] : []))
  const pending = listingIds.length
    ? await scope
        .resolve<ListingModuleService>(LISTING_MODULE)
        .listListingRevisions({ listing_id: listingIds, status: "pending" }, { select: ["listing_id"], take: null })
    : []
  const withPendingChange = new Set(pending.map((revision) => revision.listing_id))

  const productsByState = Object.fromEntries(listingStates.map((state) => [state, 0])) as Record<ListingState, number>
  const summaries = products.map((product) => {
    const state = listingStateOf(product)
    productsByState[state] += 1
    return {
      id: product.id,
      handle: product.handle,
      title: product.title,
      thumbnail: product.thumbnail,
      listing_state: state,
      pending_change: !!product.listing && withPendingChange.has(product.listing.id),
      created_at: product.created_at,
    }
  })

  return {
    ...cooperative,
    status_decided_by_user: await decider(scope, cooperative.status_decided_by),
    members: (members ?? []).filter((member) => !!member),
    products: summaries,
    figures: {
      members: cooperative.member_count,
      women_members: cooperative.women_member_count,
      // A share, not a count: it is what the "women-led" and the region's targets speak of.
      women_share: cooperative.member_count ? Math.round((100 * cooperative.women_member_count) / cooperative.member_count) : 0,
      products: summaries.length,
      products_by_state: productsByState,
      pending_changes: withPendingChange.size,
    },
  }
}

/** The staff user who took the last decision, by name; null when none was taken or the user is gone. */
async function decider(scope: MedusaContainer, userId: string | null) {
  if (!userId) return null
  const [user] = await scope
    .resolve(Modules.USER)
    .listUsers({ id: userId }, { select: ["id", "email", "first_name", "last_name"] })
  return user ?? null
}
