import { toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../sdk"
import type { CommissionRateList } from "./types"

export const commissionRateKeys = { all: ["tiwizi", "commission-rates"] as const }

/** `GET /admin/commission-rates`: the default rate and every override. */
export function useCommissionRates() {
  return useQuery({
    queryKey: commissionRateKeys.all,
    queryFn: () => sdk.client.fetch<CommissionRateList>("/admin/commission-rates"),
  })
}

/** A change to the rates: the request, and what to tell staff once it is done. */
export type RateChange =
  | { kind: "create"; body: { cooperative_id: string | null; category_id: string | null; rate_bps: number }; success: string }
  | { kind: "update"; id: string; rate_bps: number; success: string }
  | { kind: "delete"; id: string; success: string }

/**
 * Adds, changes or removes a rate, then says so with a toast. A refusal (a duplicate, a rate out
 * of range) is left to the caller, which shows the backend's reason next to the form; the list
 * is refreshed either way, as a refusal often means another staff member changed it first.
 */
export function useRateChange() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (change: RateChange) => {
      switch (change.kind) {
        case "create":
          return sdk.client.fetch<unknown>("/admin/commission-rates", { method: "POST", body: change.body })
        case "update":
          return sdk.client.fetch<unknown>(`/admin/commission-rates/${change.id}`, { method: "POST", body: { rate_bps: change.rate_bps } })
        case "delete":
          return sdk.client.fetch<unknown>(`/admin/commission-rates/${change.id}`, { method: "DELETE" })
      }
    },
    onSuccess: (_data, change) => {
      toast.success(change.success)
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: commissionRateKeys.all }),
  })
}

/** The shop's product categories by name, for a rate's category (Medusa's own admin route). */
export function useCategoryOptions() {
  return useQuery({
    queryKey: ["tiwizi", "category-options"],
    queryFn: () =>
      sdk.client.fetch<{ product_categories: { id: string; name: string }[] }>("/admin/product-categories", {
        query: { fields: "id,name", limit: 500 },
      }),
    select: (data) => [...data.product_categories].sort((a, b) => a.name.localeCompare(b.name, "fr")),
  })
}
