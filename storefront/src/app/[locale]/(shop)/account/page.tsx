import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { AccountShell } from "@/components/account/account-shell"
import { EmailVerificationNotice } from "@/components/account/email-verification-notice"
import { OrderList } from "@/components/account/order-list"
import { localeFromParam } from "@/i18n/locale-param"
import { listOrders, requireCustomer } from "@/lib/data/customer"
import { getEmailVerification } from "@/lib/data/email-verification"
import { localePath } from "@/lib/locale-path"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeFromParam((await params).locale)
  const t = await getTranslations({ locale, namespace: "Account.meta" })
  return { title: t("overview") }
}

const latest = 3

export default async function AccountPage({ params }: Props) {
  const locale = localeFromParam((await params).locale)
  setRequestLocale(locale)
  const customer = await requireCustomer(locale, localePath(locale, "/account"))
  const [t, tOrders, { orders }, verification] = await Promise.all([
    getTranslations({ locale, namespace: "Account.overview" }),
    getTranslations({ locale, namespace: "Account.orders" }),
    listOrders({ limit: latest, offset: 0 }),
    getEmailVerification(),
  ])
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ")
  const linkClass = "inline-flex min-h-11 items-center font-semibold text-terracotta-dark underline underline-offset-4"
  return (
    <AccountShell locale={locale} current="overview">
      <h1 className="text-3xl font-bold tracking-tight">{name ? t("greeting", { name }) : t("title")}</h1>
      <p className="mt-1 text-muted">{t("email", { label: customer.email })}</p>
      {verification && !verification.verified && <EmailVerificationNotice locale={locale} email={verification.email} />}

      <section aria-labelledby="latest-orders" className="mt-8">
        <h2 id="latest-orders" className="mb-3 text-xl font-semibold">
          {t("latestOrders")}
        </h2>
        {orders.length > 0 ? (
          <>
            <OrderList locale={locale} orders={orders} />
            <Link href={localePath(locale, "/account/orders")} className={`mt-3 ${linkClass}`}>
              {t("allOrders")}
            </Link>
          </>
        ) : (
          <div className="rounded-2xl bg-wool p-6">
            <p>{tOrders("empty")}</p>
            <Link href={localePath(locale)} className={`mt-2 ${linkClass}`}>
              {tOrders("shop")}
            </Link>
          </div>
        )}
      </section>

      <section aria-labelledby="addresses" className="mt-10">
        <h2 id="addresses" className="text-xl font-semibold">
          {t("addresses")}
        </h2>
        <p className="mt-1 text-muted">{t("addressesBody")}</p>
        <Link href={localePath(locale, "/account/addresses")} className={linkClass}>
          {t("addresses")}
        </Link>
      </section>
    </AccountShell>
  )
}
