import "server-only"
import type { Locale } from "@tiwizi/locale"
import { getTranslations } from "next-intl/server"
import { portalErrorCodes, type PortalErrorCode } from "@/lib/portal-errors"
import type { PortalFormLabels } from "./portal-form"

/** The words a portal form needs in the browser: its button, its done message, every error message. */
export async function portalFormLabels(locale: Locale, button: { submit: string; pending: string; done?: string }): Promise<PortalFormLabels> {
  const t = await getTranslations({ locale, namespace: "Portal.errors" })
  const errors = Object.fromEntries(portalErrorCodes.map((code) => [code, t(code)])) as Record<PortalErrorCode, string>
  return { ...button, errors }
}
