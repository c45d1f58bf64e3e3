import { formatNumber } from "@tiwizi/locale"
import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { AccountShell } from "@/components/account/account-shell"
import { OrderList } from "@/components/account/order-list"
import { Pagination } from "@/components/pagination"
import { localeFromParam } from "@/i18n/locale-param"
import { listOrders, requireCustomer } from "@/lib/data/customer"
import { localePath } from "@/lib/locale-path"
import { offsetOf, pageCount, parsePage } from "@/lib/pagination"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeFromParam((await params).locale)
  const t = await getTranslations({ locale, namespace: "Account.meta" })
  return { title: t("orders") }
}

const perPage = 10

export default async function OrdersPage({ params, searchParams }: Props) {
  const locale = localeFromParam((await params).locale)
  setRequestLocale(locale)
  const page = parsePage((await searchParams).page)
  const path = localePath(locale, "/account/orders")
  await requireCustomer(locale, page > 1 ? `${path}?page=${page}` : path)
  const [t, { orders, count }] = await Promise.all([
    getTranslations({ locale, namespace: "Account.orders" }),
    listOrders({ limit: perPage, offset: offsetOf(page, perPage) }),
  ])
  const total = pageCount(count, perPage)
  if (page > total) notFound()
  return (
    <AccountShell locale={locale} current="orders">
      <h1 className="mb-6 text-3xl font-bold tracking-tight">{t("title")}</h1>
      {orders.length > 0 ? (
        <OrderList locale={locale} orders={orders} />
      ) : (
        <div className="rounded-2xl bg-wool p-6">
          <p>{t("empty")}</p>
          <Link href={localePath(locale)} className="mt-2 inline-flex min-h-11 items-center font-semibold text-terracotta-dark underline underline-offset-4">
            {t("shop")}
          </Link>
        </div>
      )}
      <Pagination
        page={page}
        total={total}
        basePath={path}
        labels={{
          nav: t("pagination"),
          previous: t("previous"),
          next: t("next"),
          pageOf: t("pageOf", { page: formatNumber(page, locale), total: formatNumber(total, locale) }),
        }}
      />
    </AccountShell>
  )
}
