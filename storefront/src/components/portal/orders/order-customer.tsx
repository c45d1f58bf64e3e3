import type { Locale } from "@tiwizi/locale"
import { getTranslations } from "next-intl/server"
import type { VendorOrder } from "@/lib/data/vendor-orders"
import { PhoneIcon, PinIcon, UserIcon } from "../portal-icons"
import { addressLines, customerName, telLink } from "./order-format"
import { TruckIcon } from "./order-icons"

/**
 * Where the parcel goes: the customer's name, address and the delivery chosen, and their phone
 * as a big button that calls it (the carrier, or the cooperative, may need to).
 */
export async function OrderCustomer({ locale, order }: { locale: Locale; order: Pick<VendorOrder, "shipping_address" | "shipping_method"> }) {
  const t = await getTranslations({ locale, namespace: "PortalOrders.detail" })
  const address = order.shipping_address
  const name = customerName(address)
  const lines = addressLines(address, locale)
  return (
    <div className="grid gap-3">
      {name && (
        <p className="flex items-center gap-2 text-lg font-semibold">
          <UserIcon />
          <bdi>{name}</bdi>
        </p>
      )}
      {lines.length ? (
        <address className="flex items-start gap-2 not-italic">
          <PinIcon className="mt-0.5" />
          <span>
            {lines.map((line) => (
              <span key={line} className="block">
                <bdi>{line}</bdi>
              </span>
            ))}
          </span>
        </address>
      ) : (
        <p className="text-muted">{t("noAddress")}</p>
      )}
      {order.shipping_method && (
        <p className="flex items-center gap-2">
          <TruckIcon />
          {t("delivery", { name: order.shipping_method })}
        </p>
      )}
      {address?.phone && (
        <a
          href={telLink(address.phone)}
          className="inline-flex min-h-12 w-full items-center justify-center gap-2 rounded-full border border-indigo px-6 font-semibold text-indigo hover:bg-indigo/10 sm:w-auto"
        >
          <PhoneIcon />
          {t("call")}
          <bdi dir="ltr" className="tabular-nums">
            {address.phone}
          </bdi>
        </a>
      )}
    </div>
  )
}
