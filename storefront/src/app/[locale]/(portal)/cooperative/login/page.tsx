import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { AuthFrame } from "@/components/portal/auth-frame"
import { PortalForm } from "@/components/portal/portal-form"
import { portalFormLabels } from "@/components/portal/portal-form-labels"
import { KeyIcon, LockIcon, LoginIcon, MailIcon, PhoneIcon, ShopIcon, UserPlusIcon } from "@/components/portal/portal-icons"
import { IconLink } from "@/components/portal/portal-section"
import { localeFromParam } from "@/i18n/locale-param"
import { login } from "@/lib/actions/portal"
import { getPortalSession } from "@/lib/data/vendor"
import { localePath } from "@/lib/locale-path"
import { portalAuthPath, safePortalNext } from "@/lib/portal-next"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string | string[]; reset?: string; ended?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeFromParam((await params).locale)
  const t = await getTranslations({ locale, namespace: "Portal.meta" })
  return { title: t("login") }
}

/** The portal's login; a member already logged in goes straight on to `next`. */
export default async function PortalLoginPage({ params, searchParams }: Props) {
  const locale = localeFromParam((await params).locale)
  setRequestLocale(locale)
  const query = await searchParams
  const next = typeof query.next === "string" ? safePortalNext(query.next, locale) : ""
  if (await getPortalSession()) redirect(next || localePath(locale, "/cooperative"))
  const [t, tForm] = await Promise.all([getTranslations({ locale, namespace: "Portal.login" }), getTranslations({ locale, namespace: "Portal.form" })])
  const labels = await portalFormLabels(locale, { submit: t("submit"), pending: t("pending") })
  const notice = query.reset === "done" ? t("resetDone") : query.ended ? t("ended") : undefined
  return (
    <AuthFrame
      icon={<LoginIcon width={24} height={24} />}
      title={t("title")}
      intro={t("intro")}
      notice={notice}
      footer={
        <>
          <p>{t("noAccount")}</p>
          <IconLink href={portalAuthPath(locale, "register", next || undefined)} icon={<UserPlusIcon />}>
            {t("register")}
          </IconLink>
          <p className="pt-4 text-sm text-muted">{t("customer")}</p>
          <IconLink href={localePath(locale, "/account/login")} icon={<ShopIcon />}>
            {t("customerLink")}
          </IconLink>
        </>
      }
    >
      <PortalForm
        action={login}
        hidden={{ locale, next }}
        labels={labels}
        icon={<LoginIcon />}
        fields={[
          { name: "email", label: tForm("email"), icon: <MailIcon />, type: "email", autoComplete: "email", required: true, ltr: true },
          { name: "password", label: tForm("password"), icon: <LockIcon />, type: "password", autoComplete: "current-password", required: true },
          { name: "remember", label: tForm("remember"), icon: <PhoneIcon />, type: "checkbox", hint: tForm("rememberHint"), defaultValue: "on" },
        ]}
      />
      <p className="mt-4">
        <IconLink href={localePath(locale, "/cooperative/forgot-password")} icon={<KeyIcon />}>
          {t("forgot")}
        </IconLink>
      </p>
    </AuthFrame>
  )
}
