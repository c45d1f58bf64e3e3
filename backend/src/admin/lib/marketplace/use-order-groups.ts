import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "../sdk"
import type { OrderGroup, OrderGroupList, PartStatus } from "./types"

export type OrderGroupFilters = { late?: boolean; status?: PartStatus; cooperative_id?: string; limit: number; offset: number }

export const orderGroupKeys = {
  all: ["tiwizi", "order-groups"] as const,
  list: (filters: OrderGroupFilters) => [...orderGroupKeys.all, "list", filters] as const,
  detail: (id: string) => [...orderGroupKeys.all, "detail", id] as const,
}

/** A page of `GET /admin/order-groups`; the previous page stays on screen while the next loads. */
export function useOrderGroups(filters: OrderGroupFilters) {
  return useQuery({
    queryKey: orderGroupKeys.list(filters),
    queryFn: () => sdk.client.fetch<OrderGroupList>("/admin/order-groups", { query: filters }),
    placeholderData: keepPreviousData,
  })
}

/** `GET /admin/order-groups/:id`: one order's parts with their lines; idle until an order is chosen. */
export function useOrderGroup(id: string | null) {
  return useQuery({
    queryKey: orderGroupKeys.detail(id ?? ""),
    queryFn: () => sdk.client.fetch<{ order_group: OrderGroup }>(`/admin/order-groups/${id}`),
    select: (data) => data.order_group,
    enabled: !!id,
  })
}
