import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { AccountForm } from "@/components/account/account-form"
import { AccountShell } from "@/components/account/account-shell"
import { formLabels } from "@/components/account/form-labels"
import { localeFromParam } from "@/i18n/locale-param"
import { saveProfile } from "@/lib/actions/account"
import { requireCustomer } from "@/lib/data/customer"
import { localePath } from "@/lib/locale-path"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeFromParam((await params).locale)
  const t = await getTranslations({ locale, namespace: "Account.meta" })
  return { title: t("profile") }
}

export default async function ProfilePage({ params }: Props) {
  const locale = localeFromParam((await params).locale)
  setRequestLocale(locale)
  const customer = await requireCustomer(locale, localePath(locale, "/account/profile"))
  const [t, tForm] = await Promise.all([
    getTranslations({ locale, namespace: "Account.profile" }),
    getTranslations({ locale, namespace: "Account.form" }),
  ])
  const labels = await formLabels(locale, { submit: t("submit"), pending: t("pending"), done: t("saved") })
  return (
    <AccountShell locale={locale} current="profile">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mb-6 mt-1 text-muted">{t("intro")}</p>
      <div className="max-w-xl">
        <AccountForm
          action={saveProfile}
          hidden={{ locale }}
          labels={labels}
          fields={[
            { name: "first_name", label: tForm("firstName"), autoComplete: "given-name", required: true, half: true, defaultValue: customer.first_name ?? "" },
            { name: "last_name", label: tForm("lastName"), autoComplete: "family-name", required: true, half: true, defaultValue: customer.last_name ?? "" },
          ]}
        />
      </div>
    </AccountShell>
  )
}
