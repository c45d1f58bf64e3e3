import type { Locale } from "@tiwizi/locale"
import { getTranslations } from "next-intl/server"
import type { VendorOrder } from "@/lib/data/vendor-orders"
import { CalendarIcon, CheckCircleIcon, ClockIcon, XCircleIcon } from "../portal-icons"
import { formatMoment } from "./order-format"
import { timelineOf } from "./order-status"

/** The part's steps, each done one with when it happened, the next ones as "not yet"; and the carrier's tracking number once shipped. */
export async function OrderTimeline({ locale, order }: { locale: Locale; order: VendorOrder }) {
  const t = await getTranslations({ locale, namespace: "PortalOrders.detail" })
  const steps = timelineOf(order)
  return (
    <ol className="grid gap-2">
      {steps.map(({ step, at }) => {
        const Icon = step === "cancelled" ? XCircleIcon : step === "placed" ? CalendarIcon : at ? CheckCircleIcon : ClockIcon
        return (
          <li key={step} className={`flex items-start gap-3 rounded-xl p-2 ${at ? "" : "text-muted"}`}>
            <Icon className={`mt-0.5 ${at && step !== "cancelled" ? "text-olive" : ""}`} />
            <span>
              <span className="block font-semibold">{t(`steps.${step}`)}</span>
              <span className="block text-sm">{at ? formatMoment(at, locale) : t("notYet")}</span>
              {step === "shipped" && order.carrier && (
                <span className="block text-sm">
                  {t("tracking", { name: order.carrier, label: order.tracking_number ?? "" })}
                </span>
              )}
            </span>
          </li>
        )
      })}
    </ol>
  )
}
