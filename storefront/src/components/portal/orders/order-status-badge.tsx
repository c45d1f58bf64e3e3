import type { OrderStatus } from "@/lib/data/vendor-orders"
import { CheckCircleIcon, XCircleIcon } from "../portal-icons"
import { BellIcon, BoxOpenIcon, TruckIcon } from "./order-icons"

/** The icon of each status, the same on badges, tabs and the timeline. */
export const statusIcons: Record<OrderStatus, typeof BellIcon> = {
  new: BellIcon,
  accepted: BoxOpenIcon,
  shipped: TruckIcon,
  delivered: CheckCircleIcon,
  cancelled: XCircleIcon,
}

const looks: Record<OrderStatus, string> = {
  new: "border-terracotta-dark/40 bg-terracotta/10 text-terracotta-dark",
  accepted: "border-indigo/40 bg-indigo/10 text-indigo-dark",
  shipped: "border-indigo/40 bg-white text-indigo-dark",
  delivered: "border-olive/40 bg-olive/10 text-olive",
  cancelled: "border-muted/40 bg-wool text-muted",
}

/**
 * A part's status as a word with its icon and colour: the colour helps, the word and the icon
 * say it (for a member who does not tell red from green, or reads little).
 */
export function OrderStatusBadge({ status, label }: { status: OrderStatus; label: string }) {
  const Icon = statusIcons[status]
  return (
    <span className={`inline-flex min-h-8 items-center gap-1.5 rounded-full border px-3 text-sm font-semibold ${looks[status]}`}>
      <Icon width={18} height={18} />
      {label}
    </span>
  )
}
