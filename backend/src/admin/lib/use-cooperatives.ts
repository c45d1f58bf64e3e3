import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type { CooperativeDetail, CooperativeList, CooperativeStatus } from "./types"

export type CooperativeFilters = { status?: CooperativeStatus; province?: string; q?: string; limit: number; offset: number }

/** Query keys of our cooperative reads, so a decision can refresh every page showing one. */
export const cooperativeKeys = {
  all: ["tiwizi", "cooperatives"] as const,
  list: (filters: CooperativeFilters) => [...cooperativeKeys.all, "list", filters] as const,
  detail: (id: string) => [...cooperativeKeys.all, "detail", id] as const,
}

/** A page of `GET /admin/cooperatives`; the previous page stays on screen while the next loads. */
export function useCooperatives(filters: CooperativeFilters) {
  return useQuery({
    queryKey: cooperativeKeys.list(filters),
    queryFn: () => sdk.client.fetch<CooperativeList>("/admin/cooperatives", { query: filters }),
    placeholderData: keepPreviousData,
  })
}

/** `GET /admin/cooperatives/:id`: the cooperative with its members, products and figures. */
export function useCooperative(id: string) {
  return useQuery({
    queryKey: cooperativeKeys.detail(id),
    queryFn: () => sdk.client.fetch<{ cooperative: CooperativeDetail }>(`/admin/cooperatives/${id}`),
    select: (data) => data.cooperative,
  })
}
