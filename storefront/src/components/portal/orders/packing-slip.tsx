import { formatMoney, formatNumber, type Locale } from "@tiwizi/locale"
import { getTranslations } from "next-intl/server"
import type { VendorOrder } from "@/lib/data/vendor-orders"
import { addressLines, customerName, formatDay } from "./order-format"

type Props = { locale: Locale; order: VendorOrder; cooperativeName: string }

/**
 * The sheet that goes in (or on) the parcel: order number and date, from the cooperative to the
 * customer (name, address, phone), the pieces and their quantities. No prices: the parcel says
 * what is in it, not what it cost, except the cash the carrier collects on delivery.
 */
export async function PackingSlip({ locale, order, cooperativeName }: Props) {
  const t = await getTranslations({ locale, namespace: "PortalOrders.slip" })
  const address = order.shipping_address
  const items = order.items.filter((item) => !item.cancelled_at)
  return (
    <article id="packing-slip" aria-labelledby="slip-title" className="rounded-2xl bg-white p-5 text-ink ring-1 ring-clay print:rounded-none print:p-0 print:ring-0">
      <header className="flex flex-wrap items-baseline justify-between gap-2 border-b-2 border-ink pb-3">
        <h1 id="slip-title" className="text-2xl font-bold">
          {t("title")}
        </h1>
        <p className="text-lg font-semibold">{t("order", { n: String(order.order_display_id) })}</p>
        <p className="w-full">{t("date", { label: formatDay(order.created_at, locale) })}</p>
      </header>
      <div className="mt-4 grid gap-4 sm:grid-cols-2 print:grid-cols-2">
        <section aria-labelledby="slip-from">
          <h2 id="slip-from" className="text-sm font-semibold uppercase text-muted">
            {t("from")}
          </h2>
          <p className="mt-1 font-semibold">
            <bdi>{cooperativeName}</bdi>
          </p>
          <p>{t("via")}</p>
        </section>
        <section aria-labelledby="slip-to">
          <h2 id="slip-to" className="text-sm font-semibold uppercase text-muted">
            {t("to")}
          </h2>
          <address className="mt-1 not-italic">
            <span className="block text-lg font-semibold">
              <bdi>{customerName(address)}</bdi>
            </span>
            {addressLines(address, locale).map((line) => (
              <span key={line} className="block">
                <bdi>{line}</bdi>
              </span>
            ))}
            {address?.phone && (
              <span className="block">
                {t("phone")}{" "}
                <bdi dir="ltr" className="tabular-nums">
                  {address.phone}
                </bdi>
              </span>
            )}
          </address>
        </section>
      </div>
      <table className="mt-5 w-full border-collapse text-start">
        <caption className="mb-2 text-start font-semibold">{t("items")}</caption>
        <thead>
          <tr className="border-b border-ink">
            <th scope="col" className="py-2 text-start">
              {t("article")}
            </th>
            <th scope="col" className="w-24 py-2 text-end">
              {t("quantity")}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className="border-b border-clay">
              <td className="py-2">
                <bdi className="font-medium">{item.title}</bdi>
                {item.variant_title && (
                  <span className="block text-sm">
                    <bdi>{item.variant_title}</bdi>
                  </span>
                )}
              </td>
              <td className="py-2 text-end text-lg font-bold tabular-nums">{formatNumber(item.quantity, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-5 rounded-xl border-2 border-ink p-3 text-lg font-bold">
        {order.cash_on_delivery ? t("collect", { price: formatMoney(order.amount_due, order.currency_code, locale) }) : t("paid")}
      </p>
      <p className="mt-4 text-sm">{t("thanks")}</p>
    </article>
  )
}
