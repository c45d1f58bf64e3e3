import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { PageHeading } from "@/components/portal/page-heading"
import { CalendarIcon, ListIcon, WalletIcon } from "@/components/portal/portal-icons"
import { PortalSection } from "@/components/portal/portal-section"
import { BackIcon, DownloadIcon, ForwardIcon } from "@/components/portal/orders/order-icons"
import { StatementEntries } from "@/components/portal/orders/statement-entries"
import { currentMonth, monthLabel, monthOf, shiftMonth } from "@/components/portal/orders/statement-month"
import { localeFromParam } from "@/i18n/locale-param"
import { getVendorBalances, getVendorStatement } from "@/lib/data/vendor-orders"
import { requireApprovedMember } from "@/lib/data/vendor"
import { localePath } from "@/lib/locale-path"
import { moneyLines } from "@/lib/portal-summary"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const locale = localeFromParam((await params).locale)
  const t = await getTranslations({ locale, namespace: "PortalOrders.meta" })
  return { title: t("statement") }
}

const pillClass = "inline-flex min-h-11 items-center gap-1.5 rounded-full border border-clay bg-white px-4 font-medium hover:bg-wool"

/**
 * The cooperative's account: what Tiwizi owes it now, per currency, and one month's movements
 * (this month unless `?month=YYYY-MM`) with the balances before and after, to read here or
 * download as a spreadsheet (CSV). The month is chosen with a plain GET form: no script needed.
 */
export default async function StatementPage({ params, searchParams }: Props) {
  const locale = localeFromParam((await params).locale)
  setRequestLocale(locale)
  await requireApprovedMember(locale, "/cooperative/statement")
  const month = monthOf((await searchParams).month)
  const [t, balances, statement] = await Promise.all([
    getTranslations({ locale, namespace: "PortalOrders.statement" }),
    getVendorBalances(),
    getVendorStatement(month),
  ])
  const base = localePath(locale, "/cooperative/statement")
  const later = month < currentMonth() ? shiftMonth(month, 1) : null
  const csv = `/api/cooperative/statement?${new URLSearchParams({ month, lang: locale })}`
  return (
    <div className="mx-auto max-w-3xl space-y-6 px-4 pb-10 pt-6">
      <PageHeading icon={<WalletIcon width={24} height={24} />} title={t("title")} />
      <PortalSection id="balance" icon={<WalletIcon />} title={t("balanceTitle")} intro={t("balanceHint")}>
        <ul>
          {moneyLines(balances.map((line) => ({ currency_code: line.currency_code, amount: line.balance })), locale).map((line) => (
            <li key={line} className="text-2xl font-bold">
              <bdi className="tabular-nums">{line}</bdi>
            </li>
          ))}
        </ul>
      </PortalSection>
      <PortalSection id="month" icon={<CalendarIcon />} title={t("monthTitle", { label: monthLabel(month, locale) })}>
        <form action={base} method="get" className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="statement-month" className="flex items-center gap-2 font-medium">
              <CalendarIcon />
              {t("month")}
            </label>
            <input id="statement-month" type="month" name="month" defaultValue={month} max={currentMonth()} dir="ltr" className="mt-1.5 block min-h-12 rounded-xl border border-ink/25 bg-white px-3 text-base" />
          </div>
          <button type="submit" className="inline-flex min-h-12 items-center gap-2 rounded-full bg-indigo px-5 font-semibold text-sand hover:bg-indigo-dark">
            <ListIcon />
            {t("show")}
          </button>
        </form>
        <nav aria-label={t("months")} className="mt-3 flex flex-wrap justify-between gap-2">
          <Link href={`${base}?month=${shiftMonth(month, -1)}`} className={pillClass}>
            <BackIcon width={18} height={18} />
            {monthLabel(shiftMonth(month, -1), locale)}
          </Link>
          {later && (
            <Link href={`${base}?month=${later}`} className={pillClass}>
              {monthLabel(later, locale)}
              <ForwardIcon width={18} height={18} />
            </Link>
          )}
        </nav>
        <div className="mt-5 grid gap-6">
          {statement.currencies.length === 0 ? (
            <p className="text-muted">{t("none")}</p>
          ) : (
            statement.currencies.map((currency) => (
              <section key={currency.currency_code} aria-label={currency.currency_code.toUpperCase()}>
                {statement.currencies.length > 1 && <h3 className="mb-2 font-semibold">{currency.currency_code.toUpperCase()}</h3>}
                <StatementEntries locale={locale} currency={currency} />
              </section>
            ))
          )}
        </div>
        <a href={csv} download className="mt-5 inline-flex min-h-12 w-full items-center justify-center gap-2 rounded-full border border-indigo px-6 font-semibold text-indigo hover:bg-indigo/10 sm:w-auto">
          <DownloadIcon />
          {t("download")}
        </a>
      </PortalSection>
    </div>
  )
}
