import type { Locale } from "@tiwizi/locale"
import { getTranslations } from "next-intl/server"
import { resendErrorCodes, type ResendErrorCode } from "@/lib/email-verification-errors"
import { ResendVerificationForm } from "./resend-verification-form"

/**
 * Asks a customer whose address is not verified yet to open the link emailed to them, which
 * bidding needs, with a button to send it again.
 */
export async function EmailVerificationNotice({ locale, email }: { locale: Locale; email: string }) {
  const t = await getTranslations({ locale, namespace: "Verification" })
  const errors = Object.fromEntries(resendErrorCodes.map((code) => [code, t(`errors.${code}`)])) as Record<ResendErrorCode, string>
  return (
    <section aria-labelledby="email-verification" className="mt-6 rounded-2xl border border-terracotta-dark/40 bg-wool p-5">
      <h2 id="email-verification" className="text-lg font-semibold">
        {t("notice.title")}
      </h2>
      <p className="mt-1">{t("notice.body", { label: email })}</p>
      <ResendVerificationForm
        locale={locale}
        labels={{ resend: t("notice.resend"), pending: t("notice.pending"), sent: t("notice.sent", { label: email }), errors }}
      />
    </section>
  )
}
