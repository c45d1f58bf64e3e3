import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type { ProductOrigin, ReviewItem, ReviewQueue } from "./types"

export type ReviewFilters = { kind?: ReviewItem["kind"]; limit: number; offset: number }

/** Query keys of the review reads, so a decision refreshes the queue and the product widget. */
export const reviewKeys = {
  all: ["tiwizi", "review"] as const,
  queue: (filters: ReviewFilters) => [...reviewKeys.all, "queue", filters] as const,
  origin: (productId: string) => [...reviewKeys.all, "origin", productId] as const,
}

/** A page of `GET /admin/listings/review`, oldest submission first. */
export function useReviewQueue(filters: ReviewFilters) {
  return useQuery({
    queryKey: reviewKeys.queue(filters),
    queryFn: () => sdk.client.fetch<ReviewQueue>("/admin/listings/review", { query: filters }),
    placeholderData: keepPreviousData,
  })
}

/** `GET /admin/products/:id/cooperative`: who made a product, how, and where its listing stands. */
export function useProductOrigin(productId: string) {
  return useQuery({
    queryKey: reviewKeys.origin(productId),
    queryFn: () => sdk.client.fetch<ProductOrigin>(`/admin/products/${productId}/cooperative`),
  })
}
