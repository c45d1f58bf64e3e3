import { formatMoney, formatNumber } from "@tiwizi/locale"
import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { AccountShell } from "@/components/account/account-shell"
import { AddressCard } from "@/components/account/address-card"
import { OrderItemRow } from "@/components/account/order-item-row"
import { OrderParcels } from "@/components/account/order-parcels"
import { ChevronBack } from "@/components/icons"
import { localeFromParam } from "@/i18n/locale-param"
import { isResourceId } from "@/lib/account-ids"
import { formatOrderDate, fulfillmentStatusKey, orderStatusKey, paymentStatusKey } from "@/lib/account-orders"
import { getCustomer, requireCustomer, retrieveOrder, retrieveOrderParcels } from "@/lib/data/customer"
import { localePath } from "@/lib/locale-path"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: localeParam, id } = await params
  const locale = localeFromParam(localeParam)
  const [t, customer] = await Promise.all([getTranslations({ locale, namespace: "Account.meta" }), getCustomer()])
  // The same calls as the page's, answered once per request by React's cache.
  const order = customer && isResourceId(id, "order") ? await retrieveOrder(id, customer.id) : null
  return { title: order ? t("order", { n: formatNumber(order.display_id ?? 0, locale, { useGrouping: false }) }) : t("orders") }
}

export default async function OrderPage({ params }: Props) {
  const { locale: localeParam, id } = await params
  const locale = localeFromParam(localeParam)
  setRequestLocale(locale)
  const customer = await requireCustomer(locale, localePath(locale, `/account/orders/${encodeURIComponent(id)}`))
  if (!isResourceId(id, "order")) notFound()
  const [t, order, parcels] = await Promise.all([
    getTranslations({ locale, namespace: "Account" }),
    retrieveOrder(id, customer.id),
    retrieveOrderParcels(id),
  ])
  if (!order) notFound()

  const money = (amount: number | null | undefined) => formatMoney(Number(amount ?? 0), order.currency_code, locale)
  // Each cooperative sends its own parcel: the order's delivery is where its parcels stand.
  function parcelSummary() {
    const sent = parcels.filter((parcel) => parcel.status !== "cancelled")
    const shipped = sent.filter((parcel) => parcel.status === "shipped" || parcel.status === "delivered").length
    return t("parcels.summary", { n: formatNumber(shipped, locale), total: formatNumber(sent.length, locale) })
  }
  const n = formatNumber(order.display_id ?? 0, locale, { useGrouping: false })
  const statuses = [
    { label: t("order.status"), value: t(`orderStatus.${orderStatusKey(order.status)}`) },
    { label: t("order.paymentStatus"), value: t(`paymentStatus.${paymentStatusKey(order.payment_status)}`) },
    { label: t("order.fulfillmentStatus"), value: parcels.length ? parcelSummary() : t(`fulfillmentStatus.${fulfillmentStatusKey(order.fulfillment_status)}`) },
  ]
  const totals = [
    { label: t("order.subtotal"), value: order.item_total },
    { label: t("order.shipping"), value: order.shipping_total },
    ...(Number(order.discount_total) > 0 ? [{ label: t("order.discount"), value: -Number(order.discount_total) }] : []),
  ]
  const items = order.items ?? []

  return (
    <AccountShell locale={locale} current="orders">
      <Link href={localePath(locale, "/account/orders")} className="mb-4 inline-flex min-h-11 items-center gap-1.5 font-medium text-terracotta-dark hover:underline">
        <ChevronBack />
        {t("order.back")}
      </Link>
      <h1 className="text-3xl font-bold tracking-tight">{t("order.title", { n })}</h1>
      <p className="mt-1 text-muted">{t("order.placedOn", { label: formatOrderDate(order.created_at ?? "", locale) })}</p>

      <dl className="mt-6 grid gap-3 sm:grid-cols-3">
        {statuses.map((status) => (
          <div key={status.label} className="rounded-xl bg-wool p-4">
            <dt className="text-sm text-muted">{status.label}</dt>
            <dd className="font-semibold">{status.value}</dd>
          </div>
        ))}
      </dl>

      {parcels.length ? (
        <section aria-labelledby="order-parcels" className="mt-8">
          <h2 id="order-parcels" className="text-xl font-semibold">
            {t("parcels.heading")}
          </h2>
          <p className="mt-1 text-muted">{t("parcels.intro")}</p>
          <OrderParcels parcels={parcels} locale={locale} />
        </section>
      ) : (
        <section aria-labelledby="order-items" className="mt-8">
          <h2 id="order-items" className="text-xl font-semibold">
            {t("order.items")}
          </h2>
          <ul className="mt-3 divide-y divide-clay border-y border-clay">
            {items.map((item, index) => (
              <OrderItemRow
                key={item.id}
                title={item.product_title ?? item.title}
                href={item.product_handle ? localePath(locale, `/products/${item.product_handle}`) : null}
                thumbnail={item.thumbnail}
                eager={index < 3}
                details={[
                  ...(item.variant_title ? [item.variant_title] : []),
                  t("order.quantity", { n: formatNumber(item.quantity, locale) }),
                  t("order.unitPrice", { price: money(item.unit_price) }),
                ]}
                total={money(item.total)}
              />
            ))}
          </ul>
        </section>
      )}

      <div className="mt-8 grid gap-8 md:grid-cols-2">
        <section aria-labelledby="order-summary">
          <h2 id="order-summary" className="text-xl font-semibold">
            {t("order.summary")}
          </h2>
          <dl className="mt-3 space-y-2">
            {totals.map((line) => (
              <div key={line.label} className="flex justify-between gap-4">
                <dt>{line.label}</dt>
                <dd>
                  <bdi className="tabular-nums">{money(line.value)}</bdi>
                </dd>
              </div>
            ))}
            <div className="flex justify-between gap-4 border-t border-clay pt-2 text-lg font-bold">
              <dt>{t("order.total")}</dt>
              <dd data-testid="order-total">
                <bdi className="tabular-nums">{money(order.total)}</bdi>
              </dd>
            </div>
            {Number(order.tax_total) > 0 && (
              <div className="flex justify-between gap-4 text-sm text-muted">
                <dt>{t("order.tax")}</dt>
                <dd>
                  <bdi className="tabular-nums">{money(order.tax_total)}</bdi>
                </dd>
              </div>
            )}
          </dl>
        </section>

        <section aria-labelledby="order-shipping">
          <h2 id="order-shipping" className="text-xl font-semibold">
            {t("order.shippingAddress")}
          </h2>
          <div className="mt-3">{order.shipping_address && <AddressCard address={order.shipping_address} locale={locale} />}</div>
          {order.shipping_methods && order.shipping_methods.length > 0 && (
            <>
              <h3 className="mt-4 text-sm text-muted">{t("order.shippingMethod")}</h3>
              <p>{order.shipping_methods.map((method) => method.name).join(", ")}</p>
            </>
          )}
        </section>
      </div>
    </AccountShell>
  )
}
