import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { AccountForm } from "@/components/account/account-form"
import { AuthShell } from "@/components/account/auth-shell"
import { formLabels } from "@/components/account/form-labels"
import { localeFromParam } from "@/i18n/locale-param"
import { loginPath, safeNextPath } from "@/lib/account-next"
import { register } from "@/lib/actions/account"
import { getCustomer } from "@/lib/data/customer"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeFromParam((await params).locale)
  const t = await getTranslations({ locale, namespace: "Account.meta" })
  return { title: t("register") }
}

export default async function RegisterPage({ params, searchParams }: Props) {
  const locale = localeFromParam((await params).locale)
  setRequestLocale(locale)
  const query = await searchParams
  const next = safeNextPath(query.next, locale)
  if (await getCustomer()) redirect(next)
  const [t, tForm] = await Promise.all([
    getTranslations({ locale, namespace: "Account.register" }),
    getTranslations({ locale, namespace: "Account.form" }),
  ])
  const labels = await formLabels(locale, { submit: t("submit"), pending: t("pending") })
  return (
    <AuthShell
      title={t("title")}
      intro={t("intro")}
      footer={
        <p>
          {t("haveAccount")}{" "}
          <Link href={loginPath(locale, query.next ? next : undefined)} className="inline-flex min-h-11 items-center font-semibold text-terracotta-dark underline underline-offset-4">
            {t("login")}
          </Link>
        </p>
      }
    >
      <AccountForm
        action={register}
        hidden={{ locale, next }}
        labels={labels}
        fields={[
          { name: "first_name", label: tForm("firstName"), autoComplete: "given-name", required: true, half: true },
          { name: "last_name", label: tForm("lastName"), autoComplete: "family-name", required: true, half: true },
          { name: "email", label: tForm("email"), type: "email", autoComplete: "email", required: true, ltr: true },
          { name: "password", label: tForm("password"), type: "password", autoComplete: "new-password", required: true, hint: tForm("passwordHint") },
        ]}
      />
    </AuthShell>
  )
}
