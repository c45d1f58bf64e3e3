import "server-only"
import type { Locale } from "@tiwizi/locale"
import { getTranslations } from "next-intl/server"
import { accountErrorCodes, type AccountErrorCode } from "@/lib/account-errors"
import type { AccountFormLabels } from "./account-form"

/**
 * The words an account form needs in the browser: its button and every error message, and
 * nothing else of the catalogue.
 */
export async function formLabels(locale: Locale, button: { submit: string; pending: string; done?: string }): Promise<AccountFormLabels> {
  const t = await getTranslations({ locale, namespace: "AccountErrors" })
  const errors = Object.fromEntries(accountErrorCodes.map((code) => [code, t(code)])) as Record<AccountErrorCode, string>
  return { ...button, errors }
}
