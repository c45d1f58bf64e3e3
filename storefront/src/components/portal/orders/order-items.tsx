import { formatMoney, formatNumber, type Locale } from "@tiwizi/locale"
import Image from "next/image"
import { getTranslations } from "next-intl/server"
import { cancelOrderItem } from "@/lib/actions/orders"
import type { VendorOrder } from "@/lib/data/vendor-orders"
import { BoxIcon, ChatIcon, XCircleIcon } from "../portal-icons"
import { OrderForm, type OrderFormLabels } from "./order-form"
import { refundOf } from "./order-status"

type Props = { locale: Locale; order: VendorOrder; cancellable: boolean; cancelLabels: OrderFormLabels }

/**
 * The pieces to pack: photo, title, size, quantity. A cancelled line says so with its reason.
 * While the parcel has not left, each line the cooperative cannot supply can be cancelled:
 * behind a disclosure that asks for the reason the customer reads and says what they get back.
 */
export async function OrderItems({ locale, order, cancellable, cancelLabels }: Props) {
  const t = await getTranslations({ locale, namespace: "PortalOrders" })
  return (
    <ul className="grid gap-3">
      {order.items.map((item) => (
        <li key={item.id} className={`rounded-xl border border-clay bg-white p-3 ${item.cancelled_at ? "opacity-80" : ""}`}>
          <div className="flex items-start gap-3">
            {item.thumbnail ? (
              <Image src={item.thumbnail} alt="" width={72} height={72} sizes="72px" className="size-18 shrink-0 rounded-lg bg-wool object-cover" />
            ) : (
              <span className="flex size-18 shrink-0 items-center justify-center rounded-lg bg-wool text-muted">
                <BoxIcon width={28} height={28} />
              </span>
            )}
            <div className="min-w-0 flex-1">
              <p className={`font-semibold ${item.cancelled_at ? "line-through" : ""}`}>
                <bdi>{item.title}</bdi>
              </p>
              {item.variant_title && (
                <p className="text-sm text-muted">
                  <bdi>{item.variant_title}</bdi>
                </p>
              )}
              <p className="mt-1 text-lg font-bold">{t("detail.quantity", { n: formatNumber(item.quantity, locale) })}</p>
              {item.cancelled_at && (
                <p className="mt-1 flex items-start gap-1.5 text-sm font-medium text-terracotta-dark">
                  <XCircleIcon width={18} height={18} className="mt-0.5" />
                  <span>
                    {t("detail.itemCancelled")}{" "}
                    {item.cancel_reason && (
                      <span dir="auto" className="font-normal text-ink">
                        {item.cancel_reason}
                      </span>
                    )}
                  </span>
                </p>
              )}
            </div>
          </div>
          {cancellable && !item.cancelled_at && (
            <div className="mt-3">
              <OrderForm
                action={cancelOrderItem}
                hidden={{ locale, order_id: order.id, item_id: item.id }}
                labels={cancelLabels}
                icon={<XCircleIcon />}
                tone="danger"
                disclosure={{ summary: t("actions.cancelItem"), icon: <XCircleIcon /> }}
                intro={<p>{t("actions.cancelIntro", { price: formatMoney(refundOf(order, item.id), order.currency_code, locale) })}</p>}
                fields={[{ name: "reason", label: t("actions.reason"), icon: <ChatIcon />, type: "textarea", hint: t("actions.reasonHint"), maxLength: 500 }]}
              />
            </div>
          )}
        </li>
      ))}
    </ul>
  )
}
