import { formatMoney, formatNumber, type Locale } from "@tiwizi/locale"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { acceptOrder, deliverOrder, shipOrder } from "@/lib/actions/orders"
import type { VendorOrder } from "@/lib/data/vendor-orders"
import { localePath } from "@/lib/locale-path"
import { CheckCircleIcon, CheckIcon } from "../portal-icons"
import { OrderForm } from "./order-form"
import { orderFormLabels } from "./order-labels"
import { BarcodeIcon, HandCashIcon, InfoIcon, PrinterIcon, TruckIcon } from "./order-icons"
import { carriers, orderActionsFor } from "./order-status"

const cardClass = "grid gap-3 rounded-2xl bg-white p-4 ring-1 ring-clay"

/**
 * What the member does next with the part, as its status allows: accept it; print the packing
 * slip and say it left with which carrier and tracking number; say it arrived, with the cash the
 * carrier collected (pre-filled with what is due). Each is a form that works without JavaScript.
 */
export async function OrderActions({ locale, order }: { locale: Locale; order: VendorOrder }) {
  const t = await getTranslations({ locale, namespace: "PortalOrders.actions" })
  const actions = orderActionsFor(order)
  const hidden = { locale, order_id: order.id }
  const due = formatMoney(order.amount_due, order.currency_code, locale)
  if (!actions.some((action) => action !== "cancel_item")) {
    return (
      <p className="flex items-center gap-2 text-muted">
        <InfoIcon />
        {t("nothingLeft")}
      </p>
    )
  }
  return (
    <div className="grid gap-4">
      {actions.includes("accept") && (
        <div className={cardClass}>
          <p>{t("acceptHint")}</p>
          <OrderForm action={acceptOrder} hidden={hidden} labels={await orderFormLabels(locale, t("accept"))} icon={<CheckIcon />} />
        </div>
      )}
      {actions.includes("packing_slip") && (
        <Link
          href={localePath(locale, `/cooperative/orders/${order.id}/packing-slip`)}
          className="inline-flex min-h-12 w-full items-center justify-center gap-2 rounded-full border border-indigo px-6 font-semibold text-indigo hover:bg-indigo/10 sm:w-auto"
        >
          <PrinterIcon />
          {t("packingSlip")}
        </Link>
      )}
      {actions.includes("ship") && (
        <section aria-labelledby="ship-title" className={cardClass}>
          <h3 id="ship-title" className="flex items-center gap-2 font-semibold">
            <TruckIcon />
            {t("shipTitle")}
          </h3>
          <OrderForm
            action={shipOrder}
            hidden={hidden}
            labels={await orderFormLabels(locale, t("ship"))}
            icon={<TruckIcon />}
            fields={[
              {
                name: "carrier",
                label: t("carrier"),
                icon: <TruckIcon />,
                type: "select",
                placeholder: t("carrierChoose"),
                options: [...carriers.map((carrier) => ({ value: carrier, label: carrier })), { value: "other", label: t("carrierOther") }],
              },
              { name: "carrier_other", label: t("carrierOtherName"), icon: <TruckIcon />, type: "text", maxLength: 80, onlyForOther: true },
              { name: "tracking_number", label: t("tracking"), icon: <BarcodeIcon />, type: "text", hint: t("trackingHint"), maxLength: 80 },
            ]}
          />
        </section>
      )}
      {actions.includes("deliver") && (
        <section aria-labelledby="deliver-title" className={cardClass}>
          <h3 id="deliver-title" className="flex items-center gap-2 font-semibold">
            <CheckCircleIcon />
            {t("deliverTitle")}
          </h3>
          <OrderForm
            action={deliverOrder}
            hidden={hidden}
            labels={await orderFormLabels(locale, t("deliver"))}
            icon={<CheckCircleIcon />}
            intro={order.cash_on_delivery ? undefined : <p>{t("deliverCard")}</p>}
            fields={
              order.cash_on_delivery
                ? [
                    {
                      name: "cash_collected",
                      label: t("cash", { currency: order.currency_code.toUpperCase() }),
                      icon: <HandCashIcon />,
                      type: "amount",
                      // As the member would type it: "1250,5" in French, no thousands separator.
                      defaultValue: formatNumber(order.amount_due, locale, { useGrouping: false, maximumFractionDigits: 2 }),
                      hint: t("cashHint", { price: due }),
                    },
                  ]
                : []
            }
          />
        </section>
      )}
    </div>
  )
}
