import type { ListingState } from "@/lib/listing-product"
import { Icon, type IconName } from "./icon"

/** The icon of each state, the same on badges and on the list's filter. */
export const stateIcons: Record<ListingState, IconName> = {
  draft: "draft",
  in_review: "clock",
  live: "live",
  rejected: "rejected",
  archived: "archive",
}

const looks: Record<ListingState, string> = {
  draft: "border-ink/30 bg-white text-ink",
  in_review: "border-indigo/40 bg-indigo/10 text-indigo-dark",
  live: "border-olive/40 bg-olive/10 text-olive",
  rejected: "border-terracotta-dark/40 bg-terracotta/10 text-terracotta-dark",
  archived: "border-muted/40 bg-wool text-muted",
}

/**
 * A listing's state as a word with its own icon and colour: the colour helps, the word and the
 * icon say it (for a member who does not tell red from green, or reads little).
 */
export function StatusBadge({ state, label }: { state: ListingState; label: string }) {
  return (
    <span className={`inline-flex min-h-8 items-center gap-1.5 rounded-full border px-3 text-sm font-semibold ${looks[state]}`}>
      <Icon name={stateIcons[state]} width="18" height="18" />
      {label}
    </span>
  )
}
