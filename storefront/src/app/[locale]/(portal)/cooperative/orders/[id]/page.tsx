import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { BoxIcon, ClockIcon, CoinsIcon, UserIcon } from "@/components/portal/portal-icons"
import { PortalSection } from "@/components/portal/portal-section"
import { OrderActions } from "@/components/portal/orders/order-actions"
import { OrderCustomer } from "@/components/portal/orders/order-customer"
import { formatDay } from "@/components/portal/orders/order-format"
import { BackIcon } from "@/components/portal/orders/order-icons"
import { OrderItems } from "@/components/portal/orders/order-items"
import { orderFormLabels } from "@/components/portal/orders/order-labels"
import { OrderMoney } from "@/components/portal/orders/order-money"
import { OrderNotices } from "@/components/portal/orders/order-notices"
import { OrderStatusBadge } from "@/components/portal/orders/order-status-badge"
import { isOrderId, orderActionsFor } from "@/components/portal/orders/order-status"
import { OrderTimeline } from "@/components/portal/orders/order-timeline"
import { localeFromParam } from "@/i18n/locale-param"
import { retrieveVendorOrder } from "@/lib/data/vendor-orders"
import { requireApprovedMember } from "@/lib/data/vendor"
import { localePath } from "@/lib/locale-path"

type Props = {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const locale = localeFromParam((await params).locale)
  const t = await getTranslations({ locale, namespace: "PortalOrders.meta" })
  return { title: t("order") }
}

/**
 * One part of the member's cooperative: what to do with it now, the pieces to pack, where they
 * go (with the customer's phone to call), its steps, and its money. Another cooperative's id (or
 * an unknown one) is the portal's 404: the backend answers 404 for it, so nothing of it is read.
 */
export default async function OrderPage({ params, searchParams }: Props) {
  const { locale: localeParam, id } = await params
  const locale = localeFromParam(localeParam)
  setRequestLocale(locale)
  await requireApprovedMember(locale, `/cooperative/orders/${encodeURIComponent(id)}`)
  if (!isOrderId(id)) notFound()
  const [order, t, query] = await Promise.all([retrieveVendorOrder(id), getTranslations({ locale, namespace: "PortalOrders" }), searchParams])
  if (!order) notFound()
  const cancellable = orderActionsFor(order).includes("cancel_item")
  const cancelLabels = await orderFormLabels(locale, t("actions.cancelConfirm"))
  return (
    <div className="mx-auto max-w-3xl px-4 pb-10 pt-6">
      <Link href={localePath(locale, "/cooperative/orders")} className="mb-3 inline-flex min-h-11 items-center gap-1.5 font-medium text-terracotta-dark hover:underline">
        <BackIcon width={18} height={18} />
        {t("detail.back")}
      </Link>
      <h1 className="flex items-center gap-3 text-2xl font-bold tracking-tight sm:text-3xl">
        <span className="inline-flex size-11 shrink-0 items-center justify-center rounded-full bg-wool text-terracotta-dark">
          <BoxIcon width={24} height={24} />
        </span>
        {t("detail.title", { n: String(order.order_display_id) })}
      </h1>
      <div className="mb-4 mt-2 flex flex-wrap items-center gap-x-3 gap-y-2">
        <OrderStatusBadge status={order.status} label={t(`status.${order.status}`)} />
        <span className="text-muted">{t("card.placed", { label: formatDay(order.created_at, locale) })}</span>
      </div>
      <OrderNotices locale={locale} done={query.done} failed={query.failed} />
      <div className="grid gap-6">
        <section aria-labelledby="order-next">
          <h2 id="order-next" className="sr-only">
            {t("detail.next")}
          </h2>
          <OrderActions locale={locale} order={order} />
        </section>
        <PortalSection id="order-items" icon={<BoxIcon />} title={t("detail.items")}>
          <OrderItems locale={locale} order={order} cancellable={cancellable} cancelLabels={cancelLabels} />
        </PortalSection>
        <PortalSection id="order-customer" icon={<UserIcon />} title={t("detail.customer")}>
          <OrderCustomer locale={locale} order={order} />
        </PortalSection>
        <PortalSection id="order-steps" icon={<ClockIcon />} title={t("detail.timeline")}>
          <OrderTimeline locale={locale} order={order} />
        </PortalSection>
        <PortalSection id="order-money" icon={<CoinsIcon />} title={t("detail.money")}>
          <OrderMoney locale={locale} order={order} />
        </PortalSection>
      </div>
    </div>
  )
}
