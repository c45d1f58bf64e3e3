import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { AccountForm } from "@/components/account/account-form"
import { AuthShell } from "@/components/account/auth-shell"
import { formLabels } from "@/components/account/form-labels"
import { localeFromParam } from "@/i18n/locale-param"
import { safeNextPath } from "@/lib/account-next"
import { login } from "@/lib/actions/account"
import { getCustomer } from "@/lib/data/customer"
import { localePath } from "@/lib/locale-path"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string | string[]; reset?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeFromParam((await params).locale)
  const t = await getTranslations({ locale, namespace: "Account.meta" })
  return { title: t("login") }
}

export default async function LoginPage({ params, searchParams }: Props) {
  const locale = localeFromParam((await params).locale)
  setRequestLocale(locale)
  const query = await searchParams
  const next = safeNextPath(query.next, locale)
  if (await getCustomer()) redirect(next)
  const [t, tForm] = await Promise.all([
    getTranslations({ locale, namespace: "Account.login" }),
    getTranslations({ locale, namespace: "Account.form" }),
  ])
  const labels = await formLabels(locale, { submit: t("submit"), pending: t("pending") })
  const register = `${localePath(locale, "/account/register")}${query.next ? `?${new URLSearchParams({ next })}` : ""}`
  return (
    <AuthShell
      title={t("title")}
      intro={t("intro")}
      notice={query.reset === "done" ? t("resetDone") : undefined}
      footer={
        <>
          <p>
            {t("noAccount")}{" "}
            <Link href={register} className="inline-flex min-h-11 items-center font-semibold text-terracotta-dark underline underline-offset-4">
              {t("register")}
            </Link>
          </p>
          <p className="text-muted">{t("guest")}</p>
        </>
      }
    >
      <AccountForm
        action={login}
        hidden={{ locale, next }}
        labels={labels}
        fields={[
          { name: "email", label: tForm("email"), type: "email", autoComplete: "email", required: true, ltr: true },
          { name: "password", label: tForm("password"), type: "password", autoComplete: "current-password", required: true },
        ]}
      />
      <p className="mt-4">
        <Link href={localePath(locale, "/account/forgot-password")} className="inline-flex min-h-11 items-center font-medium text-terracotta-dark underline underline-offset-4">
          {t("forgot")}
        </Link>
      </p>
    </AuthShell>
  )
}
