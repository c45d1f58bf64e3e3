import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { AccountForm } from "@/components/account/account-form"
import { AuthShell } from "@/components/account/auth-shell"
import { formLabels } from "@/components/account/form-labels"
import { localeFromParam } from "@/i18n/locale-param"
import { forgotPassword } from "@/lib/actions/account"
import { localePath } from "@/lib/locale-path"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeFromParam((await params).locale)
  const t = await getTranslations({ locale, namespace: "Account.meta" })
  return { title: t("forgot") }
}

export default async function ForgotPasswordPage({ params }: Props) {
  const locale = localeFromParam((await params).locale)
  setRequestLocale(locale)
  const [t, tForm] = await Promise.all([
    getTranslations({ locale, namespace: "Account.forgot" }),
    getTranslations({ locale, namespace: "Account.form" }),
  ])
  const labels = await formLabels(locale, { submit: t("submit"), pending: t("pending"), done: t("sent") })
  return (
    <AuthShell
      title={t("title")}
      intro={t("intro")}
      footer={
        <Link href={localePath(locale, "/account/login")} className="inline-flex min-h-11 items-center font-semibold text-terracotta-dark underline underline-offset-4">
          {t("back")}
        </Link>
      }
    >
      <AccountForm
        action={forgotPassword}
        hidden={{ locale }}
        labels={labels}
        fields={[{ name: "email", label: tForm("email"), type: "email", autoComplete: "email", required: true, ltr: true }]}
      />
    </AuthShell>
  )
}
