import { formatMoney, formatNumber, type Locale } from "@tiwizi/locale"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { acceptOrder } from "@/lib/actions/orders"
import type { VendorOrder } from "@/lib/data/vendor-orders"
import { localePath } from "@/lib/locale-path"
import { CalendarIcon, CheckIcon } from "../portal-icons"
import { OrderForm, type OrderFormLabels } from "./order-form"
import { formatDay } from "./order-format"
import { BoxOpenIcon, CardIcon, ForwardIcon, HandCashIcon } from "./order-icons"
import { nextActionOf, piecesOf } from "./order-status"
import { OrderStatusBadge } from "./order-status-badge"

type Props = { locale: Locale; order: VendorOrder; acceptLabels: OrderFormLabels }

const linkClass = "inline-flex min-h-12 w-full items-center justify-center gap-2 rounded-full px-6 font-semibold sm:w-auto"

/**
 * One part in the orders list: its number (the link to it), status, date, pieces, what the
 * carrier collects for cash on delivery, and the one next step as a big button. A new part is
 * accepted right here; the other steps need the order's page (the slip, the carrier's number).
 */
export async function OrderCard({ locale, order, acceptLabels }: Props) {
  const t = await getTranslations({ locale, namespace: "PortalOrders" })
  const href = localePath(locale, `/cooperative/orders/${order.id}`)
  const next = nextActionOf(order.status)
  const pieces = piecesOf(order)
  const titleId = `order-${order.id}`
  return (
    <li>
      <article aria-labelledby={titleId} className="rounded-2xl bg-white p-4 ring-1 ring-clay">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id={titleId} className="text-lg font-bold">
            <Link href={href} className="inline-flex min-h-11 items-center underline-offset-4 hover:underline">
              {t("card.number", { n: String(order.order_display_id) })}
            </Link>
          </h2>
          <OrderStatusBadge status={order.status} label={t(`status.${order.status}`)} />
        </div>
        <ul className="mt-2 grid gap-1 text-sm">
          <li className="flex items-center gap-2">
            <CalendarIcon width={18} height={18} className="text-muted" />
            {t("card.placed", { label: formatDay(order.created_at, locale) })}
          </li>
          <li className="flex items-center gap-2">
            <BoxOpenIcon width={18} height={18} className="text-muted" />
            {t("card.pieces", { count: pieces, n: formatNumber(pieces, locale) })}
          </li>
          {order.cash_on_delivery && order.status !== "cancelled" ? (
            <li className="flex items-center gap-2 font-semibold">
              <HandCashIcon width={18} height={18} />
              {t("card.collect", { price: formatMoney(order.amount_due, order.currency_code, locale) })}
            </li>
          ) : (
            !order.cash_on_delivery && (
              <li className="flex items-center gap-2">
                <CardIcon width={18} height={18} className="text-muted" />
                {t("card.paid")}
              </li>
            )
          )}
        </ul>
        <div className="mt-3">
          {next === "accept" ? (
            <OrderForm action={acceptOrder} hidden={{ locale, order_id: order.id }} labels={acceptLabels} icon={<CheckIcon />} />
          ) : (
            <Link href={href} className={`${linkClass} ${next === "view" ? "border border-indigo text-indigo hover:bg-indigo/10" : "bg-terracotta text-sand hover:bg-terracotta-dark"}`}>
              {t(`next.${next}`)}
              <ForwardIcon />
            </Link>
          )}
        </div>
      </article>
    </li>
  )
}
