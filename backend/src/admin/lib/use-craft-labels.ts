import { useQuery } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type { CraftLabels } from "./types"

/** The French names of craft codes; they change only with a deployment, so they are read once per session. */
export function useCraftLabels() {
  return useQuery({
    queryKey: ["tiwizi", "craft-labels"],
    queryFn: () => sdk.client.fetch<CraftLabels>("/admin/craft-labels"),
    staleTime: Infinity,
  }).data
}
