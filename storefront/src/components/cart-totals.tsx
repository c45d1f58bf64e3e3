import { formatMoney, type Locale } from "@tiwizi/locale"
import { getTranslations } from "next-intl/server"

type Totals = {
  currency_code: string
  item_total?: number | null
  shipping_total?: number | null
  total?: number | null
  shipping_methods?: readonly unknown[] | null
}

/**
 * A cart's or an order's totals: the items, the delivery once one is chosen (else a note that it
 * comes at the next step), and what is to be paid. Prices include Moroccan VAT in dirhams.
 */
export async function CartTotals({ locale, totals }: { locale: Locale; totals: Totals }) {
  const t = await getTranslations({ locale, namespace: "Cart" })
  const money = (amount: number | null | undefined) => formatMoney(Number(amount ?? 0), totals.currency_code, locale)
  const shipped = (totals.shipping_methods?.length ?? 0) > 0
  return (
    <dl className="space-y-1.5">
      <div className="flex items-baseline justify-between gap-4">
        <dt>{t("itemsTotal")}</dt>
        <dd>
          <bdi className="tabular-nums">{money(totals.item_total)}</bdi>
        </dd>
      </div>
      <div className="flex items-baseline justify-between gap-4">
        <dt>{t("shipping")}</dt>
        <dd>{shipped ? <bdi className="tabular-nums">{money(totals.shipping_total)}</bdi> : <span className="text-sm text-muted">{t("shippingLater")}</span>}</dd>
      </div>
      <div className="flex items-baseline justify-between gap-4 border-t border-clay pt-2">
        <dt className="text-lg font-semibold">{t("total")}</dt>
        <dd className="text-xl font-bold text-terracotta-dark">
          <bdi className="tabular-nums">{money(shipped ? totals.total : totals.item_total)}</bdi>
        </dd>
      </div>
    </dl>
  )
}
