/**
 * What the marketplace's admin routes (`src/api/admin`) answer, as the pages read it. Kept by
 * hand: the admin is bundled by Vite apart from the backend's code and types.
 */

export type CooperativeStatus = "pending" | "approved" | "suspended" | "rejected"
export type ListingState = "draft" | "in_review" | "live" | "rejected" | "archived"
export type TranslatedText = Partial<Record<"fr" | "ar" | "en", string>>

export type CooperativeRow = {
  id: string
  handle: string
  name: string
  legal_name: string
  odco_number: string
  region: string
  province: string
  commune: string
  member_count: number
  women_member_count: number
  women_led: boolean
  rural: boolean
  logo_url: string | null
  status: CooperativeStatus
  status_reason: string | null
  status_decided_at: string | null
  created_at: string
}

export type CooperativeList = {
  cooperatives: CooperativeRow[]
  count: number
  limit: number
  offset: number
  facets: { statuses: Record<CooperativeStatus, number>; provinces: { province: string; count: number }[] }
}

export type CooperativeDetail = CooperativeRow & {
  artisan_registry_number: string | null
  founded_year: number
  story: string
  cover_url: string | null
  phone: string
  email: string
  bank_rib: string | null
  status_decided_by: string | null
  status_decided_by_user: { id: string; email: string; first_name: string | null; last_name: string | null } | null
  members: { id: string; email: string; first_name: string; last_name: string; phone: string | null; role: "owner" | "member" }[]
  products: { id: string; handle: string; title: string; thumbnail: string | null; listing_state: ListingState; pending_change: boolean }[]
  figures: {
    members: number
    women_members: number
    women_share: number
    products: number
    products_by_state: Record<ListingState, number>
    pending_changes: number
  }
}

export type ComparedField = "title" | "subtitle" | "description" | "category" | "images" | "provenance" | "variants"
export type FieldChange = { field: ComparedField; before: unknown; after: unknown }

export type ReviewItem = {
  kind: "listing" | "revision"
  id: string
  listing_id: string
  listing_state: ListingState
  submitted_at: string
  submitted_by: { id: string; email: string; first_name: string; last_name: string } | null
  cooperative: { id: string; handle: string; name: string; province: string; status: CooperativeStatus } | null
  product: { id: string; handle: string; title: string | null; thumbnail: string | null; status: string }
  changes: FieldChange[]
}

export type ReviewQueue = { items: ReviewItem[]; count: number; limit: number; offset: number }

export type ProductOrigin = {
  cooperative: { id: string; handle: string; name: string; region: string; province: string; commune: string; status: CooperativeStatus; status_reason: string | null; women_led: boolean; rural: boolean } | null
  provenance: Record<string, unknown> | null
  listing: { id: string | null; state: ListingState; rejection_reason?: string | null; submitted_at?: string | null; decided_at?: string | null; first_live_at?: string | null }
  pending_revision: { id: string; updated_at: string } | null
}

/** French names of craft codes, by code (`GET /admin/craft-labels`). */
export type CraftLabels = Record<"techniques" | "materials" | "dyes" | "categories", Record<string, string>>
