import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { AccountForm } from "@/components/account/account-form"
import { AuthShell } from "@/components/account/auth-shell"
import { formLabels } from "@/components/account/form-labels"
import { localeFromParam } from "@/i18n/locale-param"
import { resetPassword } from "@/lib/actions/account"
import { localePath } from "@/lib/locale-path"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[]; email?: string | string[] }> }

const single = (value: string | string[] | undefined) => (typeof value === "string" ? value : "")

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeFromParam((await params).locale)
  const t = await getTranslations({ locale, namespace: "Account.meta" })
  // The link's token is a credential: the page must not hand its URL to other sites.
  return { title: t("reset"), referrer: "no-referrer" }
}

/** The page of the emailed reset link (`?token=…&email=…`), where the customer chooses a new password. */
export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const locale = localeFromParam((await params).locale)
  setRequestLocale(locale)
  const query = await searchParams
  const token = single(query.token)
  const email = single(query.email)
  const [t, tForm] = await Promise.all([
    getTranslations({ locale, namespace: "Account.reset" }),
    getTranslations({ locale, namespace: "Account.form" }),
  ])
  const requestNew = (
    <Link href={localePath(locale, "/account/forgot-password")} className="inline-flex min-h-11 items-center font-semibold text-terracotta-dark underline underline-offset-4">
      {t("requestNew")}
    </Link>
  )
  if (!token || !email) {
    return (
      <AuthShell title={t("title")} footer={requestNew}>
        <p role="alert" className="rounded-xl border border-terracotta-dark/40 bg-wool p-4 font-medium text-terracotta-dark">
          {t("missing")}
        </p>
      </AuthShell>
    )
  }
  const labels = await formLabels(locale, { submit: t("submit"), pending: t("pending") })
  return (
    <AuthShell title={t("title")} intro={t("intro", { label: email })} footer={requestNew}>
      <AccountForm
        action={resetPassword}
        hidden={{ locale, token, email }}
        labels={labels}
        fields={[
          { name: "password", label: tForm("newPassword"), type: "password", autoComplete: "new-password", required: true, hint: tForm("passwordHint") },
        ]}
      />
    </AuthShell>
  )
}
