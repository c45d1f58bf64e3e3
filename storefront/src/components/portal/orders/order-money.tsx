import { formatMoney, type Locale } from "@tiwizi/locale"
import { getTranslations } from "next-intl/server"
import type { VendorOrder } from "@/lib/data/vendor-orders"

type Row = { label: string; amount: number; strong?: boolean }

/**
 * The part's figures, tax included: what the customer pays (pieces, delivery, less refunds) as
 * the cash the carrier collects or what the card already paid; then Tiwizi's commission and what
 * is left for the cooperative once delivered.
 */
export async function OrderMoney({ locale, order }: { locale: Locale; order: VendorOrder }) {
  const t = await getTranslations({ locale, namespace: "PortalOrders.money" })
  const cents = (amount: number) => Math.round(amount * 100)
  const customer: Row[] = [
    { label: t("items"), amount: order.item_total },
    { label: t("shipping"), amount: order.shipping_total },
    ...(order.refunded_total > 0 ? [{ label: t("refunded"), amount: -order.refunded_total }] : []),
    { label: order.cash_on_delivery ? t("collect") : t("paidByCard"), amount: order.amount_due, strong: true },
    ...(order.cash_collected !== null ? [{ label: t("collected"), amount: order.cash_collected }] : []),
  ]
  const share: Row[] = [
    { label: t("commission"), amount: -order.commission_total },
    { label: t("share"), amount: (cents(order.amount_due) - cents(order.commission_total)) / 100, strong: true },
  ]
  const list = (rows: Row[]) => (
    <dl className="grid gap-2">
      {rows.map((row) => (
        <div key={row.label} className={`flex items-baseline justify-between gap-3 ${row.strong ? "border-t border-clay pt-2 font-bold" : ""}`}>
          <dt>{row.label}</dt>
          <dd className="tabular-nums">
            <bdi>{formatMoney(row.amount, order.currency_code, locale)}</bdi>
          </dd>
        </div>
      ))}
    </dl>
  )
  return (
    <div className="grid gap-4">
      {list(customer)}
      {list(share)}
    </div>
  )
}
