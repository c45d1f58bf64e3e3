import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Pagination } from "@/components/pagination"
import { PageHeading } from "@/components/portal/page-heading"
import { BoxIcon, TagIcon, WalletIcon } from "@/components/portal/portal-icons"
import { IconLink } from "@/components/portal/portal-section"
import { OrderCard } from "@/components/portal/orders/order-card"
import { orderFormLabels } from "@/components/portal/orders/order-labels"
import { orderTabOf } from "@/components/portal/orders/order-status"
import { OrderTabs } from "@/components/portal/orders/order-tabs"
import { localeFromParam } from "@/i18n/locale-param"
import { listOrdersToDo, listVendorOrders } from "@/lib/data/vendor-orders"
import { requireApprovedMember } from "@/lib/data/vendor"
import { localePath } from "@/lib/locale-path"
import { offsetOf, pageCount, parsePage } from "@/lib/pagination"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const pageSize = 20

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const locale = localeFromParam((await params).locale)
  const t = await getTranslations({ locale, namespace: "PortalOrders.meta" })
  return { title: t("list") }
}

/**
 * The cooperative's orders, one step at a time (`?tab=`): what is still to do first (new ones
 * to accept, then accepted ones to send), then those on their way, delivered and cancelled.
 */
export default async function PortalOrdersPage({ params, searchParams }: Props) {
  const locale = localeFromParam((await params).locale)
  setRequestLocale(locale)
  await requireApprovedMember(locale, "/cooperative/orders")
  const query = await searchParams
  const tab = orderTabOf(query.tab)
  const page = parsePage(query.page)
  const range = { limit: pageSize, offset: offsetOf(page, pageSize) }
  const [t, orders] = await Promise.all([
    getTranslations({ locale, namespace: "PortalOrders" }),
    tab === "todo" ? listOrdersToDo(range) : listVendorOrders({ ...range, status: tab }),
  ])
  const acceptLabels = await orderFormLabels(locale, t("next.accept"))
  const total = pageCount(orders.count, pageSize)
  const base = localePath(locale, "/cooperative/orders")
  return (
    <div className="mx-auto max-w-3xl px-4 pb-10 pt-6">
      <PageHeading icon={<BoxIcon width={24} height={24} />} title={t("list.title")} />
      <OrderTabs locale={locale} current={tab} />
      <p className="mt-3 text-sm text-muted">{t("list.count", { count: orders.count, n: String(orders.count) })}</p>
      {orders.orders.length === 0 ? (
        <section aria-labelledby="no-orders" className="mt-3 rounded-2xl bg-wool p-6 text-center ring-1 ring-clay/70">
          <BoxIcon width={48} height={48} className="mx-auto text-muted" />
          <h2 id="no-orders" className="mt-3 text-lg font-semibold">
            {t(`list.empty.${tab}`)}
          </h2>
          {tab === "todo" && (
            <div className="mt-4">
              <IconLink href={localePath(locale, "/cooperative/listings")} icon={<TagIcon />}>
                {t("list.listings")}
              </IconLink>
            </div>
          )}
        </section>
      ) : (
        <ul className="mt-3 flex flex-col gap-3">
          {orders.orders.map((order) => (
            <OrderCard key={order.id} locale={locale} order={order} acceptLabels={acceptLabels} />
          ))}
        </ul>
      )}
      <Pagination
        page={page}
        total={total}
        basePath={tab === "todo" ? base : `${base}?tab=${tab}`}
        labels={{ nav: t("list.pages"), previous: t("list.previous"), next: t("list.next"), pageOf: t("list.pageOf", { page: String(page), total: String(total) }) }}
      />
      <div className="mt-8">
        <IconLink href={localePath(locale, "/cooperative/statement")} icon={<WalletIcon />}>
          {t("list.statement")}
        </IconLink>
      </div>
    </div>
  )
}
