import { formatMoney, type Locale } from "@tiwizi/locale"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import type { EntryKind, VendorStatement } from "@/lib/data/vendor-orders"
import { localePath } from "@/lib/locale-path"
import { BankIcon, CoinsIcon, TagIcon } from "../portal-icons"
import { formatDay } from "./order-format"
import { BackIcon, ForwardIcon } from "./order-icons"

type Currency = VendorStatement["currencies"][number]

const kindIcons: Record<EntryKind, typeof CoinsIcon> = {
  sale: CoinsIcon,
  commission: TagIcon,
  refund: BackIcon,
  commission_refund: TagIcon,
  payout: BankIcon,
}

/**
 * One currency's month: the balance it started with, each movement in plain words (a delivered
 * sale, Tiwizi's commission, a refund, a payout with its bank reference) with a link to its
 * order, and the balance it ended with. Money in is olive, money out is not: the sign says it too.
 */
export async function StatementEntries({ locale, currency }: { locale: Locale; currency: Currency }) {
  const t = await getTranslations({ locale, namespace: "PortalOrders.statement" })
  // Amounts may come as numeric strings from the ledger's big numbers: read them as numbers.
  const money = (amount: number | string) => formatMoney(Number(amount), currency.currency_code, locale)
  return (
    <div className="grid gap-3">
      <p className="flex justify-between gap-3 text-muted">
        <span>{t("opening")}</span>
        <bdi className="tabular-nums">{money(currency.opening_balance)}</bdi>
      </p>
      {currency.entries.length === 0 ? (
        <p className="text-muted">{t("none")}</p>
      ) : (
        <ul className="grid gap-2">
          {currency.entries.map((entry) => {
            const Icon = kindIcons[entry.kind] ?? CoinsIcon
            return (
              <li key={entry.id} className="flex items-start gap-3 rounded-xl bg-white p-3 ring-1 ring-clay">
                <Icon className="mt-0.5 text-muted" />
                <div className="min-w-0 flex-1">
                  <p className="flex flex-wrap items-baseline justify-between gap-x-3">
                    <span className="font-semibold">{t(`kinds.${entry.kind}`)}</span>
                    <bdi className={`font-bold tabular-nums ${Number(entry.amount) >= 0 ? "text-olive" : ""}`}>
                      {Number(entry.amount) > 0 ? "+" : ""}
                      {money(entry.amount)}
                    </bdi>
                  </p>
                  <p className="text-sm text-muted">{formatDay(entry.occurred_at, locale, "UTC")}</p>
                  {entry.bank_reference && <p className="text-sm">{t("bankReference", { label: entry.bank_reference })}</p>}
                  {entry.note && entry.kind === "payout" && (
                    <p className="text-sm" dir="auto">
                      {entry.note}
                    </p>
                  )}
                  {entry.cooperative_order_id && (
                    <Link href={localePath(locale, `/cooperative/orders/${entry.cooperative_order_id}`)} className="inline-flex min-h-11 items-center gap-1 text-sm font-semibold text-terracotta-dark underline underline-offset-4">
                      {t("order")}
                      <ForwardIcon width={16} height={16} />
                    </Link>
                  )}
                </div>
              </li>
            )
          })}
        </ul>
      )}
      <p className="flex justify-between gap-3 border-t border-clay pt-2 font-bold">
        <span>{t("closing")}</span>
        <bdi className="tabular-nums">{money(currency.closing_balance)}</bdi>
      </p>
    </div>
  )
}
