import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { AuthFrame } from "@/components/portal/auth-frame"
import { PortalForm } from "@/components/portal/portal-form"
import { portalFormLabels } from "@/components/portal/portal-form-labels"
import { KeyIcon, LoginIcon, MailIcon, SendIcon } from "@/components/portal/portal-icons"
import { IconLink } from "@/components/portal/portal-section"
import { localeFromParam } from "@/i18n/locale-param"
import { forgotPassword } from "@/lib/actions/portal"
import { localePath } from "@/lib/locale-path"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeFromParam((await params).locale)
  const t = await getTranslations({ locale, namespace: "Portal.meta" })
  return { title: t("forgot") }
}

/** Asks for a reset link by email; the email leads to `reset-password` in the same language. */
export default async function PortalForgotPasswordPage({ params }: Props) {
  const locale = localeFromParam((await params).locale)
  setRequestLocale(locale)
  const [t, tForm] = await Promise.all([getTranslations({ locale, namespace: "Portal.forgot" }), getTranslations({ locale, namespace: "Portal.form" })])
  const labels = await portalFormLabels(locale, { submit: t("submit"), pending: t("pending"), done: t("sent") })
  return (
    <AuthFrame
      icon={<KeyIcon width={24} height={24} />}
      title={t("title")}
      intro={t("intro")}
      footer={
        <IconLink href={localePath(locale, "/cooperative/login")} icon={<LoginIcon />}>
          {t("back")}
        </IconLink>
      }
    >
      <PortalForm
        action={forgotPassword}
        hidden={{ locale }}
        labels={labels}
        icon={<SendIcon />}
        fields={[{ name: "email", label: tForm("email"), icon: <MailIcon />, type: "email", autoComplete: "email", required: true, ltr: true }]}
      />
    </AuthFrame>
  )
}
