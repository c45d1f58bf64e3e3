import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { AuthShell } from "@/components/account/auth-shell"
import { localeFromParam } from "@/i18n/locale-param"
import { verifyEmail } from "@/lib/data/email-verification"
import { isInvalidLink } from "@/lib/email-verification-errors"
import { localePath } from "@/lib/locale-path"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeFromParam((await params).locale)
  const t = await getTranslations({ locale, namespace: "Verification.meta" })
  // The link's token is a credential: the page must not hand its URL to other sites.
  return { title: t("title"), referrer: "no-referrer" }
}

/** Whether the link's token verified an address; anything but a refused token is thrown to the error page. */
async function verified(token: string | string[] | undefined): Promise<boolean> {
  if (typeof token !== "string" || !token) return false
  try {
    await verifyEmail(token)
    return true
  } catch (error) {
    if (isInvalidLink(error)) return false
    throw error
  }
}

/**
 * The page of the emailed verification link (`?token=…`). It verifies as it renders: opening
 * the link is the proof asked for, and verifying twice changes nothing, so a mail scanner that
 * opens it first does no harm. No login is needed, since the link may be opened on another device.
 */
export default async function VerifyEmailPage({ params, searchParams }: Props) {
  const locale = localeFromParam((await params).locale)
  setRequestLocale(locale)
  const [ok, t] = await Promise.all([verified((await searchParams).token), getTranslations({ locale, namespace: "Verification.page" })])
  const linkClass = "inline-flex min-h-11 items-center font-semibold text-terracotta-dark underline underline-offset-4"
  const footer = (
    <>
      <Link href={localePath(locale, "/account")} className={`${linkClass} me-6`}>
        {t("account")}
      </Link>
      {ok && (
        <Link href={localePath(locale, "/auctions")} className={linkClass}>
          {t("auctions")}
        </Link>
      )}
    </>
  )
  return (
    <AuthShell title={ok ? t("verifiedTitle") : t("invalidTitle")} footer={footer}>
      {ok ? (
        <p role="status" className="rounded-xl border border-olive/40 bg-wool p-4 font-medium text-olive">
          {t("verifiedBody")}
        </p>
      ) : (
        <p role="alert" className="rounded-xl border border-terracotta-dark/40 bg-wool p-4 font-medium text-terracotta-dark">
          {t("invalidBody")}
        </p>
      )}
    </AuthShell>
  )
}
