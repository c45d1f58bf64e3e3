import { formatNumber, type Locale } from "@tiwizi/locale"
import { getTranslations } from "next-intl/server"
import type { VendorSummary } from "@/lib/data/vendor-cooperative"
import { moneyLines } from "@/lib/portal-summary"
import { CoinsIcon, WalletIcon } from "./portal-icons"
import { PortalSection } from "./portal-section"

/**
 * This month's sales and what Tiwizi owes the cooperative, one line per currency (customers
 * abroad pay in euros or dollars, and the amounts are not converted).
 */
export async function MoneySection({ locale, summary }: { locale: Locale; summary: Pick<VendorSummary, "sales_this_month" | "owed"> }) {
  const t = await getTranslations({ locale, namespace: "Portal.home" })
  const items = summary.sales_this_month.reduce((sum, line) => sum + line.items, 0)
  const amount = (line: string) => (
    <li key={line} className="text-2xl font-bold">
      <bdi className="tabular-nums">{line}</bdi>
    </li>
  )
  return (
    <PortalSection id="money" icon={<CoinsIcon />} title={t("money")}>
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="rounded-xl bg-sand p-4 ring-1 ring-clay">
          <h3 className="flex items-center gap-2 font-semibold">
            <CoinsIcon />
            {t("salesTitle")}
          </h3>
          <ul className="mt-2">{moneyLines(summary.sales_this_month, locale).map(amount)}</ul>
          <p className="mt-1 text-sm text-muted">{t("itemsSold", { count: items, n: formatNumber(items, locale) })}</p>
        </div>
        <div className="rounded-xl bg-sand p-4 ring-1 ring-clay">
          <h3 className="flex items-center gap-2 font-semibold">
            <WalletIcon />
            {t("owedTitle")}
          </h3>
          <ul className="mt-2">{moneyLines(summary.owed, locale).map(amount)}</ul>
          <p className="mt-1 text-sm text-muted">{t("owedHint")}</p>
        </div>
      </div>
    </PortalSection>
  )
}
