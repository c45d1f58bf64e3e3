import { toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { cooperativeKeys } from "./use-cooperatives"
import { reviewKeys } from "./use-review-queue"
import { sdk } from "./sdk"

/** A staff decision: the route to post to and, to reject or suspend, the reason. */
export type Decision = { path: string; reason?: string; success: string }

/**
 * Posts a staff decision, then tells staff what happened with a toast: the outcome, or the
 * backend's reason for refusing (an illegal move, a missing reason). Every cooperative and
 * review read is refreshed either way: one decision shows on several pages (an approval changes
 * the product widget too), and a refusal usually means the page was stale (another staff member
 * decided first).
 */
export function useDecision() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ path, reason }: Decision) =>
      sdk.client.fetch<unknown>(path, { method: "POST", body: reason === undefined ? {} : { reason } }),
    onSuccess: (_data, { success }) => {
      toast.success(success)
    },
    onError: (error) => {
      toast.error("La décision n'a pas été enregistrée", { description: error.message })
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: cooperativeKeys.all }),
        queryClient.invalidateQueries({ queryKey: reviewKeys.all }),
      ]),
  })
}
