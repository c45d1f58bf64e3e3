import { formatNumber, type Locale } from "@tiwizi/locale"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { ChevronForward } from "@/components/icons"
import type { VendorSummary } from "@/lib/data/vendor-cooperative"
import { localePath } from "@/lib/locale-path"
import { listingText } from "@/lib/portal-summary"
import { AlertIcon, BoxIcon, CheckCircleIcon, PenIcon, StackIcon } from "./portal-icons"
import { PortalSection } from "./portal-section"

type Props = { locale: Locale; summary: Pick<VendorSummary, "to_fix" | "low_stock" | "orders_to_prepare"> }

const rowClass = "flex min-h-14 items-center gap-3 rounded-xl bg-sand p-3 ring-1 ring-clay hover:ring-terracotta-dark"

/**
 * What needs doing now: orders to prepare (new or accepted, a link to them), listings staff
 * sent back with their reason, and live listings about to run out. Each row links to what to
 * act on.
 */
export async function TodoSection({ locale, summary }: Props) {
  const [t, orders] = await Promise.all([getTranslations({ locale, namespace: "Portal.home" }), getTranslations({ locale, namespace: "PortalOrders.home" })])
  const listing = (id: string) => localePath(locale, `/cooperative/listings/${id}`)
  const toPrepare = summary.orders_to_prepare
  return (
    <PortalSection id="todo" icon={<AlertIcon />} title={t("todo")}>
      <div className="space-y-6">
        <div>
          <h3 className="flex items-center gap-2 font-semibold">
            <BoxIcon />
            {t("ordersTitle")}
          </h3>
          <Link href={localePath(locale, "/cooperative/orders")} className={`mt-2 ${rowClass}`}>
            <span className={`min-w-0 flex-1 font-semibold ${toPrepare ? "text-terracotta-dark" : "text-olive"}`}>
              {orders("toPrepare", { count: toPrepare, n: formatNumber(toPrepare, locale) })}
            </span>
            <span className="inline-flex shrink-0 items-center gap-1 font-semibold text-terracotta-dark">
              {orders("open")}
              <ChevronForward />
            </span>
          </Link>
        </div>

        <div>
          <h3 className="flex items-center gap-2 font-semibold">
            <PenIcon />
            {t("toFixTitle")}
          </h3>
          {summary.to_fix.length === 0 ? (
            <p className="mt-1 flex items-center gap-2 text-olive">
              <CheckCircleIcon />
              {t("nothingToFix")}
            </p>
          ) : (
            <ul className="mt-2 space-y-2">
              {summary.to_fix.map((item) => (
                <li key={`${item.kind}-${item.id}`}>
                  <Link href={listing(item.id)} className={rowClass}>
                    <span className="min-w-0 flex-1">
                      <span className="block font-semibold">
                        <bdi>{listingText(item.title, locale) || t("untitled")}</bdi>
                      </span>
                      <span className="block text-sm font-medium text-terracotta-dark">{t(item.kind === "listing" ? "refused" : "changeRefused")}</span>
                      {item.reason ? (
                        <span className="mt-1 block text-sm">
                          <span className="font-semibold">{t("reason")}</span>
                          {/* Staff write in their language, not necessarily the page's. */}
                          <span className="block" dir="auto">
                            {item.reason}
                          </span>
                        </span>
                      ) : (
                        <span className="block text-sm">{t("noReason")}</span>
                      )}
                    </span>
                    <span className="inline-flex shrink-0 items-center gap-1 font-semibold text-terracotta-dark">
                      {t("fix")}
                      <ChevronForward />
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </div>

        <div>
          <h3 className="flex items-center gap-2 font-semibold">
            <StackIcon />
            {t("lowStockTitle")}
          </h3>
          {summary.low_stock.length === 0 ? (
            <p className="mt-1 flex items-center gap-2 text-olive">
              <CheckCircleIcon />
              {t("stockFine")}
            </p>
          ) : (
            <ul className="mt-2 space-y-2">
              {summary.low_stock.map((item) => (
                <li key={item.variant_id}>
                  <Link href={listing(item.id)} className={rowClass}>
                    <span className="min-w-0 flex-1">
                      <span className="block font-semibold">
                        <bdi>{listingText(item.title, locale) || t("untitled")}</bdi>
                      </span>
                      {item.variant_title && (
                        <span className="block text-sm text-muted">
                          <bdi>{item.variant_title}</bdi>
                        </span>
                      )}
                      <span className="block text-sm font-medium text-terracotta-dark">
                        {t("left", { count: item.available, n: formatNumber(item.available, locale) })}
                      </span>
                    </span>
                    <span className="inline-flex shrink-0 items-center gap-1 font-semibold text-terracotta-dark">
                      {t("restock")}
                      <ChevronForward />
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </PortalSection>
  )
}
