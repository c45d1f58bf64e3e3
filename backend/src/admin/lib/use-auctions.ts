import { toast } from "@medusajs/ui"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"

export type AuctionStatus = "scheduled" | "live" | "sold" | "not_sold" | "paid" | "second_chance" | "cancelled"
export type OfferStatus = "open" | "paid" | "expired" | "withdrawn"

/** A row of `GET /admin/auctions`. Amounts in whole MAD; times ISO. */
export type AuctionRow = {
  id: string
  status: AuctionStatus
  product: { id: string; handle: string; title: string; thumbnail: string | null }
  cooperative: { name: string; handle: string } | null
  currency_code: string
  starting_price: number
  reserve_price: number | null
  current_price: number | null
  hammer_price: number | null
  bid_count: number
  starts_at: string
  ends_at: string
  close_error: string | null
  offer_status: OfferStatus | null
}

export type AuctionList = { auctions: AuctionRow[]; count: number; limit: number; offset: number; server_time: string }

/** `GET /admin/auctions/:id`: the lot with everything staff see. */
export type AuctionDetail = {
  id: string
  status: AuctionStatus
  product: { id: string; handle: string; title: string; thumbnail: string | null } | null
  cooperative: { id: string; name: string; handle: string } | null
  currency_code: string
  starting_price: number
  reserve_price: number | null
  current_price: number | null
  hammer_price: number | null
  leader_max: number | null
  bid_count: number
  starts_at: string
  ends_at: string
  scheduled_end_at: string
  soft_close_minutes: number
  allow_cash_on_delivery: boolean
  payment_days: number
  closed_at: string | null
  cancelled_at: string | null
  cancel_reason: string | null
  /** Why the last try to close the lot failed; the job tries again every minute. */
  close_error: string | null
  bids: { id: string; position: number; email: string | null; amount: number; max_amount: number | null; kind: "bid" | "max" | "auto"; created_at: string }[]
  offers: {
    id: string
    email: string | null
    kind: "winner" | "second_chance"
    amount: number
    due_at: string
    status: OfferStatus
    cart_id: string | null
    order_id: string | null
    created_at: string
  }[]
}

/** A product staff may put on auction (`GET /admin/auctions/eligible-products`). */
export type EligibleProduct = { id: string; title: string; handle: string; thumbnail: string | null; cooperative: { id: string; name: string } | null }

/** What staff send to create a lot; times ISO, amounts in whole MAD. */
export type NewAuction = {
  product_id: string
  starts_at: string
  ends_at: string
  starting_price: number
  reserve_price: number | null
  soft_close_minutes: number
  allow_cash_on_delivery: boolean
  payment_days: number
}

type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

/** Staff work in French: the auction labels of our pages. */
export const auctionStatusLabels: Record<AuctionStatus, { label: string; color: BadgeColor }> = {
  scheduled: { label: "Programmée", color: "blue" },
  live: { label: "En cours", color: "green" },
  sold: { label: "Adjugée, paiement attendu", color: "orange" },
  not_sold: { label: "Non vendue", color: "grey" },
  paid: { label: "Payée", color: "green" },
  second_chance: { label: "Seconde chance", color: "purple" },
  cancelled: { label: "Annulée", color: "red" },
}

export const offerStatusLabels: Record<OfferStatus, { label: string; color: BadgeColor }> = {
  open: { label: "En attente de paiement", color: "orange" },
  paid: { label: "Payée", color: "green" },
  expired: { label: "Expirée", color: "red" },
  withdrawn: { label: "Retirée", color: "grey" },
}

export const offerKindLabels = { winner: "Gagnant", second_chance: "Seconde chance" } as const
export const bidKindLabels = { bid: "Enchère", max: "Maximum", auto: "Automatique" } as const

export type AuctionFilters = { status?: AuctionStatus; limit: number; offset: number }

/** Query keys of the auction reads, so an action refreshes every page showing a lot. */
export const auctionKeys = {
  all: ["tiwizi", "auctions"] as const,
  list: (filters: AuctionFilters) => [...auctionKeys.all, "list", filters] as const,
  detail: (id: string) => [...auctionKeys.all, "detail", id] as const,
  eligible: () => [...auctionKeys.all, "eligible-products"] as const,
}

/** A page of `GET /admin/auctions`; the previous page stays on screen while the next loads. */
export function useAuctions(filters: AuctionFilters) {
  return useQuery({
    queryKey: auctionKeys.list(filters),
    queryFn: () => sdk.client.fetch<AuctionList>("/admin/auctions", { query: filters }),
    placeholderData: keepPreviousData,
  })
}

/** `GET /admin/auctions/:id`, refreshed every 15 s while the page is open: bids keep coming in. */
export function useAuction(id: string) {
  return useQuery({
    queryKey: auctionKeys.detail(id),
    queryFn: () => sdk.client.fetch<{ auction: AuctionDetail }>(`/admin/auctions/${id}`),
    select: (data) => data.auction,
    refetchInterval: 15_000,
  })
}

/** The live one-of-a-kind products held by no lot, for the new lot form. */
export function useEligibleProducts(enabled: boolean) {
  return useQuery({
    queryKey: auctionKeys.eligible(),
    queryFn: () => sdk.client.fetch<{ products: EligibleProduct[] }>("/admin/auctions/eligible-products"),
    select: (data) => data.products,
    enabled,
  })
}

/** An action on the lots: the request, and what to tell staff once it is done. */
export type AuctionAction =
  | { kind: "create"; body: NewAuction; success: string }
  | { kind: "cancel"; id: string; reason: string; success: string }
  | { kind: "second-chance"; id: string; success: string }

/**
 * Creates, cancels or offers a lot again, then says so with a toast. A refusal is left to the
 * caller, which shows the backend's reason (a product already on a lot, an offer still open);
 * every auction read is refreshed either way, as a refusal often means the page was stale.
 */
export function useAuctionAction() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (action: AuctionAction) => {
      switch (action.kind) {
        case "create":
          return sdk.client.fetch<{ auction: AuctionDetail }>("/admin/auctions", { method: "POST", body: action.body })
        case "cancel":
          return sdk.client.fetch<{ auction: AuctionDetail }>(`/admin/auctions/${action.id}/cancel`, { method: "POST", body: { reason: action.reason } })
        case "second-chance":
          return sdk.client.fetch<{ auction: AuctionDetail }>(`/admin/auctions/${action.id}/second-chance`, { method: "POST", body: {} })
      }
    },
    onSuccess: (_data, action) => {
      toast.success(action.success)
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: auctionKeys.all }),
  })
}
