import { formatMoney, formatNumber } from "@tiwizi/locale"
import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { CartTotals } from "@/components/cart-totals"
import { AddressView } from "@/components/checkout/address-view"
import { OrderLines } from "@/components/checkout/order-lines"
import { localeFromParam } from "@/i18n/locale-param"
import { activePaymentSession, cashOnDelivery } from "@/lib/checkout-payment"
import { getCustomer } from "@/lib/data/customer"
import { placedThisOrder, retrieveOrder } from "@/lib/data/orders"
import { localePath } from "@/lib/locale-path"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeFromParam((await params).locale)
  const t = await getTranslations({ locale, namespace: "Order" })
  return { title: t("title"), robots: { index: false, follow: false } }
}

/**
 * The order confirmation. A guest sees an order only if they placed it from this browser in the
 * last hour (its id is in an httpOnly cookie set when it was placed), a logged-in customer also
 * their own orders; any other id is a 404, whether the order exists or not, so ids reveal
 * nothing.
 */
export default async function OrderConfirmedPage({ params }: Props) {
  const { locale: value, id } = await params
  const locale = localeFromParam(value)
  setRequestLocale(locale)
  const placed = await placedThisOrder(id)
  const customer = placed ? null : await getCustomer()
  if (!placed && !customer) notFound()
  const [order, t] = await Promise.all([retrieveOrder(id, locale), getTranslations({ locale, namespace: "Order" })])
  if (!order || (!placed && order.customer_id !== customer?.id)) notFound()

  const lines = (order.items ?? []).map((item) => ({
    id: item.id,
    title: item.product_title || item.title,
    variantTitle: item.variant_title,
    thumbnail: item.thumbnail,
    quantity: item.quantity,
    total: Number(item.total ?? item.unit_price * item.quantity),
  }))
  const sessions = (order.payment_collections ?? []).flatMap((collection) => collection.payment_sessions ?? [])
  const provider = activePaymentSession(sessions)?.provider_id
  const method = order.shipping_methods?.[0]

  return (
    <div className="mx-auto max-w-3xl px-4 pt-8">
      <div className="rounded-2xl bg-olive/10 p-6">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-2 text-lg">
          {t("number")} <bdi className="font-semibold tabular-nums" data-testid="order-number">#{formatNumber(order.display_id ?? 0, locale, { useGrouping: false })}</bdi>
        </p>
        <p className="mt-2">
          {t("emailSent")} <bdi dir="ltr" className="font-medium">{order.email}</bdi>
        </p>
      </div>

      <section aria-labelledby="order-items" className="mt-8">
        <h2 id="order-items" className="text-xl font-semibold">{t("items")}</h2>
        <OrderLines lines={lines} currency={order.currency_code} locale={locale} />
        <div className="mt-3">
          <CartTotals locale={locale} totals={order} />
        </div>
      </section>

      <div className="mt-8 grid gap-4 sm:grid-cols-2">
        <section aria-labelledby="order-address" className="rounded-xl bg-wool p-4">
          <h2 id="order-address" className="font-semibold">{t("address")}</h2>
          {order.shipping_address && <AddressView address={order.shipping_address} locale={locale} />}
        </section>
        <section aria-labelledby="order-delivery" className="rounded-xl bg-wool p-4">
          <h2 id="order-delivery" className="font-semibold">{t("delivery")}</h2>
          {method && (
            <p className="mt-1">
              {method.name} — <bdi className="tabular-nums">{formatMoney(Number(method.amount), order.currency_code, locale)}</bdi>
            </p>
          )}
          {provider && (
            <>
              <h2 className="mt-3 font-semibold">{t("payment")}</h2>
              <p className="mt-1">{provider === cashOnDelivery ? t("cod") : t("card")}</p>
              {provider === cashOnDelivery && <p className="text-sm text-muted">{t("codAbout")}</p>}
            </>
          )}
        </section>
      </div>

      <Link
        href={localePath(locale)}
        className="mt-8 inline-flex min-h-12 items-center justify-center rounded-full bg-terracotta px-8 font-semibold text-sand hover:bg-terracotta-dark"
      >
        {t("continue")}
      </Link>
    </div>
  )
}
