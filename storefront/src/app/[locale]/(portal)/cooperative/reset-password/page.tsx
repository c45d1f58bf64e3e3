import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { AuthFrame } from "@/components/portal/auth-frame"
import { PortalForm } from "@/components/portal/portal-form"
import { portalFormLabels } from "@/components/portal/portal-form-labels"
import { CheckIcon, KeyIcon, LockIcon, SendIcon } from "@/components/portal/portal-icons"
import { IconLink } from "@/components/portal/portal-section"
import { localeFromParam } from "@/i18n/locale-param"
import { resetPassword } from "@/lib/actions/portal"
import { localePath } from "@/lib/locale-path"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[]; email?: string | string[] }> }

const single = (value: string | string[] | undefined) => (typeof value === "string" ? value : "")

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeFromParam((await params).locale)
  const t = await getTranslations({ locale, namespace: "Portal.meta" })
  // The link's token is a credential: the page must not hand its URL to other sites.
  return { title: t("reset"), referrer: "no-referrer" }
}

/** The page of the emailed reset link (`?token=…&email=…`), where the member chooses a new password. */
export default async function PortalResetPasswordPage({ params, searchParams }: Props) {
  const locale = localeFromParam((await params).locale)
  setRequestLocale(locale)
  const query = await searchParams
  const token = single(query.token)
  const email = single(query.email)
  const [t, tForm] = await Promise.all([getTranslations({ locale, namespace: "Portal.reset" }), getTranslations({ locale, namespace: "Portal.form" })])
  const requestNew = (
    <IconLink href={localePath(locale, "/cooperative/forgot-password")} icon={<SendIcon />}>
      {t("requestNew")}
    </IconLink>
  )
  if (!token || !email) {
    return (
      <AuthFrame icon={<KeyIcon width={24} height={24} />} title={t("title")} footer={requestNew}>
        <p role="alert" className="rounded-xl border border-terracotta-dark/40 bg-wool p-4 font-medium text-terracotta-dark">
          {t("missing")}
        </p>
      </AuthFrame>
    )
  }
  const labels = await portalFormLabels(locale, { submit: t("submit"), pending: t("pending") })
  return (
    <AuthFrame icon={<KeyIcon width={24} height={24} />} title={t("title")} intro={t("intro", { label: email })} footer={requestNew}>
      <PortalForm
        action={resetPassword}
        hidden={{ locale, token, email }}
        labels={labels}
        icon={<CheckIcon />}
        fields={[
          { name: "password", label: tForm("newPassword"), icon: <LockIcon />, type: "password", autoComplete: "new-password", required: true, hint: tForm("passwordHint") },
        ]}
      />
    </AuthFrame>
  )
}
