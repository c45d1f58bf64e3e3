import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { AuthFrame } from "@/components/portal/auth-frame"
import { PortalForm } from "@/components/portal/portal-form"
import { portalFormLabels } from "@/components/portal/portal-form-labels"
import { LockIcon, LoginIcon, MailIcon, PhoneIcon, UserIcon, UserPlusIcon } from "@/components/portal/portal-icons"
import { IconLink } from "@/components/portal/portal-section"
import { localeFromParam } from "@/i18n/locale-param"
import { register } from "@/lib/actions/portal"
import { getPortalSession } from "@/lib/data/vendor"
import { localePath } from "@/lib/locale-path"
import { portalAuthPath, safePortalNext } from "@/lib/portal-next"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeFromParam((await params).locale)
  const t = await getTranslations({ locale, namespace: "Portal.meta" })
  return { title: t("register") }
}

/** A member's account first; the cooperative's application (or an invitation, `next`) comes after. */
export default async function PortalRegisterPage({ params, searchParams }: Props) {
  const locale = localeFromParam((await params).locale)
  setRequestLocale(locale)
  const query = await searchParams
  const next = typeof query.next === "string" ? safePortalNext(query.next, locale) : ""
  if (await getPortalSession()) redirect(next || localePath(locale, "/cooperative"))
  const [t, tForm] = await Promise.all([getTranslations({ locale, namespace: "Portal.register" }), getTranslations({ locale, namespace: "Portal.form" })])
  const labels = await portalFormLabels(locale, { submit: t("submit"), pending: t("pending") })
  return (
    <AuthFrame
      icon={<UserPlusIcon width={24} height={24} />}
      title={t("title")}
      intro={t("intro")}
      footer={
        <>
          <p>{t("haveAccount")}</p>
          <IconLink href={portalAuthPath(locale, "login", next || undefined)} icon={<LoginIcon />}>
            {t("login")}
          </IconLink>
        </>
      }
    >
      <PortalForm
        action={register}
        hidden={{ locale, next }}
        labels={labels}
        icon={<UserPlusIcon />}
        fields={[
          { name: "first_name", label: tForm("firstName"), icon: <UserIcon />, autoComplete: "given-name", required: true, half: true },
          { name: "last_name", label: tForm("lastName"), icon: <UserIcon />, autoComplete: "family-name", required: true, half: true },
          { name: "email", label: tForm("email"), icon: <MailIcon />, type: "email", autoComplete: "email", required: true, ltr: true },
          { name: "phone", label: tForm("phoneOptional"), icon: <PhoneIcon />, type: "tel", autoComplete: "tel", hint: tForm("phoneHint"), ltr: true },
          { name: "password", label: tForm("password"), icon: <LockIcon />, type: "password", autoComplete: "new-password", required: true, hint: tForm("passwordHint") },
          { name: "remember", label: tForm("remember"), icon: <PhoneIcon />, type: "checkbox", hint: tForm("rememberHint"), defaultValue: "on" },
        ]}
      />
    </AuthFrame>
  )
}
