import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { AuthFrame } from "@/components/portal/auth-frame"
import { PortalForm } from "@/components/portal/portal-form"
import { portalFormLabels } from "@/components/portal/portal-form-labels"
import { HomeIcon, LoginIcon, UserPlusIcon, UsersIcon } from "@/components/portal/portal-icons"
import { IconLink } from "@/components/portal/portal-section"
import { localeFromParam } from "@/i18n/locale-param"
import { joinCooperative } from "@/lib/actions/portal"
import { getPortalSession } from "@/lib/data/vendor"
import { localePath } from "@/lib/locale-path"
import { portalAuthPath } from "@/lib/portal-next"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeFromParam((await params).locale)
  const t = await getTranslations({ locale, namespace: "Portal.meta" })
  // The invitation's token is a credential: the page must not hand its URL to other sites.
  return { title: t("join"), referrer: "no-referrer" }
}

/**
 * The page an invitation's link opens (`?token=…`). A member without a cooperative accepts it
 * with one button (never on a mere visit: a link preview must not join anyone); a visitor
 * registers or logs in first and comes back here; a member of a cooperative is told they
 * already have one.
 */
export default async function JoinPage({ params, searchParams }: Props) {
  const locale = localeFromParam((await params).locale)
  setRequestLocale(locale)
  const token = (await searchParams).token
  const [t, session] = await Promise.all([getTranslations({ locale, namespace: "Portal.join" }), getPortalSession()])
  const icon = <UsersIcon width={24} height={24} />
  if (typeof token !== "string" || !token) {
    return (
      <AuthFrame icon={icon} title={t("title")}>
        <p role="alert" className="rounded-xl border border-terracotta-dark/40 bg-wool p-4 font-medium text-terracotta-dark">
          {t("missing")}
        </p>
      </AuthFrame>
    )
  }
  const here = `${localePath(locale, "/cooperative/join")}?${new URLSearchParams({ token })}`
  if (!session) {
    return (
      <AuthFrame icon={icon} title={t("title")} intro={t("intro")}>
        <p>{t("loggedOut")}</p>
        <div className="mt-4 flex flex-col gap-1">
          <IconLink href={portalAuthPath(locale, "register", here)} icon={<UserPlusIcon />}>
            {t("register")}
          </IconLink>
          <IconLink href={portalAuthPath(locale, "login", here)} icon={<LoginIcon />}>
            {t("login")}
          </IconLink>
        </div>
      </AuthFrame>
    )
  }
  if (session.cooperative) {
    return (
      <AuthFrame icon={icon} title={t("title")}>
        <p className="rounded-xl bg-wool p-4">{t("already", { name: session.cooperative.name })}</p>
        <p className="mt-4">
          <IconLink href={localePath(locale, "/cooperative")} icon={<HomeIcon />}>
            {t("home")}
          </IconLink>
        </p>
      </AuthFrame>
    )
  }
  const labels = await portalFormLabels(locale, { submit: t("submit"), pending: t("pending") })
  const name = [session.member.first_name, session.member.last_name].filter(Boolean).join(" ")
  return (
    <AuthFrame icon={icon} title={t("title")} intro={t("intro")}>
      <p className="mb-5">{t("loggedIn", { name })}</p>
      <PortalForm action={joinCooperative} hidden={{ locale, token }} labels={labels} icon={<UsersIcon />} fields={[]} />
    </AuthFrame>
  )
}
