import { formatMoney, formatNumber, type Locale } from "@tiwizi/locale"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { ChevronForward } from "@/components/icons"
import { formatOrderDate, fulfillmentStatusKey } from "@/lib/account-orders"
import type { OrderSummary } from "@/lib/data/customer"
import { localePath } from "@/lib/locale-path"

/**
 * Orders as a list of cards, newest first: number, date, state and total, each card a link to
 * the order. One column on a phone, the total at the end of the row on wider screens.
 */
export async function OrderList({ locale, orders }: { locale: Locale; orders: OrderSummary[] }) {
  const t = await getTranslations({ locale, namespace: "Account" })
  return (
    <ul className="divide-y divide-clay border-y border-clay" data-testid="order-list">
      {orders.map((order) => {
        const n = formatNumber(order.display_id ?? 0, locale, { useGrouping: false })
        // Where the parcel is says more to a customer than Medusa's order status, until it is cancelled.
        const status = order.status === "canceled" ? t("orderStatus.canceled") : t(`fulfillmentStatus.${fulfillmentStatusKey(order.fulfillment_status)}`)
        return (
          <li key={order.id}>
            <Link
              href={localePath(locale, `/account/orders/${order.id}`)}
              className="flex min-h-16 items-center gap-4 py-4 hover:bg-wool/60"
            >
              <div className="min-w-0 flex-1">
                <p className="font-semibold">{t("orders.number", { n })}</p>
                <p className="text-sm text-muted">{t("orders.placedOn", { label: formatOrderDate(order.created_at ?? "", locale) })}</p>
                <p className="mt-1 inline-block rounded-full bg-wool px-2.5 py-0.5 text-sm">
                  {status}
                </p>
              </div>
              <p className="shrink-0 text-end font-semibold">
                <span className="sr-only">{t("orders.total")} </span>
                <bdi className="tabular-nums">{formatMoney(Number(order.total ?? 0), order.currency_code, locale)}</bdi>
              </p>
              <ChevronForward className="shrink-0 text-muted" />
            </Link>
          </li>
        )
      })}
    </ul>
  )
}
