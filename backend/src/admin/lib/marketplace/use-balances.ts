import { toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../sdk"
import { formatMoney } from "./labels"
import type { CooperativeBalance, NewPayout } from "./types"

export const balanceKeys = { all: ["tiwizi", "cooperative-balances"] as const }

/** `GET /admin/cooperative-balances`: what is owed to each cooperative, per currency. */
export function useBalances() {
  return useQuery({
    queryKey: balanceKeys.all,
    queryFn: () => sdk.client.fetch<{ balances: CooperativeBalance[] }>("/admin/cooperative-balances"),
    select: (data) => data.balances,
  })
}

/**
 * Records a bank transfer to a cooperative. A refusal (above the balance, a date in the future)
 * is left to the form, which shows the backend's reason; the balances are refreshed either way.
 */
export function useRecordPayout() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ cooperativeId, payout }: { cooperativeId: string; cooperativeName: string; payout: NewPayout }) =>
      sdk.client.fetch<{ balance: number }>(`/admin/cooperatives/${cooperativeId}/payouts`, { method: "POST", body: payout }),
    onSuccess: (data, { cooperativeName, payout }) => {
      toast.success(`Versement de ${formatMoney(payout.amount, payout.currency_code)} enregistré pour ${cooperativeName}.`, {
        description: `Solde restant : ${formatMoney(data.balance, payout.currency_code)}`,
      })
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: balanceKeys.all }),
  })
}
