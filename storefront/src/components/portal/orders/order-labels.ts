import "server-only"
import type { Locale } from "@tiwizi/locale"
import { getTranslations } from "next-intl/server"
import type { OrderFormLabels } from "./order-form"
import { orderErrorCodes, type OrderErrorCode } from "./order-forms"

/** The words an order form needs in the browser: its button, what it says while sending, every error. */
export async function orderFormLabels(locale: Locale, submit: string): Promise<OrderFormLabels> {
  const t = await getTranslations({ locale, namespace: "PortalOrders" })
  const errors = Object.fromEntries(orderErrorCodes.map((code) => [code, t(`errors.${code}`)])) as Record<OrderErrorCode, string>
  return { submit, pending: t("actions.sending"), errors }
}
