import type { Locale } from "@tiwizi/locale"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { localePath } from "@/lib/locale-path"
import { ClockIcon } from "../portal-icons"
import { statusIcons } from "./order-status-badge"
import { orderTabs, type OrderTab } from "./order-status"

const tabIcons: Record<OrderTab, typeof ClockIcon> = {
  todo: ClockIcon,
  shipped: statusIcons.shipped,
  delivered: statusIcons.delivered,
  cancelled: statusIcons.cancelled,
}

/** Links to the orders of one step (`?tab=`), what is still to do first; the current one is marked. */
export async function OrderTabs({ locale, current }: { locale: Locale; current: OrderTab }) {
  const t = await getTranslations({ locale, namespace: "PortalOrders.tabs" })
  const base = localePath(locale, "/cooperative/orders")
  return (
    <nav aria-label={t("label")} className="-mx-4 overflow-x-auto px-4">
      <ul className="flex gap-2 pb-1">
        {orderTabs.map((tab) => {
          const Icon = tabIcons[tab]
          const active = tab === current
          return (
            <li key={tab} className="shrink-0">
              <Link
                href={tab === "todo" ? base : `${base}?tab=${tab}`}
                aria-current={active ? "page" : undefined}
                className={`inline-flex min-h-11 items-center gap-1.5 rounded-full border px-4 text-sm font-semibold ${active ? "border-indigo bg-indigo text-sand" : "border-clay bg-white hover:bg-wool"}`}
              >
                <Icon width={18} height={18} />
                {t(tab)}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
