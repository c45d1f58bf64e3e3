import { formatMoney, formatNumber, type Locale } from "@tiwizi/locale"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { formatOrderDate } from "@/lib/account-orders"
import type { OrderParcel } from "@/lib/data/customer"
import { localePath } from "@/lib/locale-path"
import { OrderItemRow } from "./order-item-row"

const statusStyle: Record<OrderParcel["status"], string> = {
  new: "bg-wool text-ink",
  accepted: "bg-clay text-ink",
  shipped: "bg-indigo text-sand",
  delivered: "bg-olive text-sand",
  cancelled: "border border-clay text-muted",
}

/**
 * The order as it travels: one parcel per cooperative, each with who sends it, where it stands,
 * the carrier and tracking number once it left, and its lines (a line the cooperative could not
 * supply says why and that it was refunded).
 */
export async function OrderParcels({ parcels, locale }: { parcels: OrderParcel[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Account.parcels" })
  return (
    <ol className="mt-3 space-y-6">
      {parcels.map((parcel, index) => {
        const money = (amount: number) => formatMoney(Number(amount), parcel.currency_code, locale)
        const name = parcel.cooperative?.name ?? t("unknownCooperative")
        return (
          <li key={parcel.id} className="rounded-2xl border border-clay p-4" aria-labelledby={`parcel-${parcel.id}`}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 id={`parcel-${parcel.id}`} className="font-semibold">
                {t("title", { n: formatNumber(index + 1, locale), total: formatNumber(parcels.length, locale) })}{" "}
                {parcel.cooperative ? (
                  <Link href={localePath(locale, `/cooperatives/${parcel.cooperative.handle}`)} className="text-terracotta-dark hover:underline">
                    {name}
                  </Link>
                ) : (
                  name
                )}
              </h3>
              <span className={`rounded-full px-3 py-1 text-sm font-medium ${statusStyle[parcel.status]}`}>{t(`status.${parcel.status}`)}</span>
            </div>
            {parcel.tracking_number && (
              <p className="mt-2">
                {t("tracking", { name: parcel.carrier ?? "" })}{" "}
                <bdi className="font-mono font-semibold" data-testid="tracking-number">
                  {parcel.tracking_number}
                </bdi>
              </p>
            )}
            {parcel.delivered_at ? (
              <p className="text-sm text-muted">{t("deliveredOn", { label: formatOrderDate(parcel.delivered_at, locale) })}</p>
            ) : (
              parcel.shipped_at && <p className="text-sm text-muted">{t("shippedOn", { label: formatOrderDate(parcel.shipped_at, locale) })}</p>
            )}
            <ul className="mt-2 divide-y divide-clay border-t border-clay">
              {parcel.items.map((item, itemIndex) => (
                <OrderItemRow
                  key={item.id}
                  title={item.title}
                  thumbnail={item.thumbnail}
                  eager={index === 0 && itemIndex < 3}
                  details={[
                    ...(item.variant_title ? [item.variant_title] : []),
                    t("quantity", { n: formatNumber(item.quantity, locale) }),
                    ...(item.cancelled_at ? [t("cancelled", { label: item.cancel_reason ?? "", price: money(item.total) })] : []),
                  ]}
                  total={item.cancelled_at ? <s>{money(item.total)}</s> : money(item.total)}
                />
              ))}
            </ul>
          </li>
        )
      })}
    </ol>
  )
}
