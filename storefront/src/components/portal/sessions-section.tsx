import type { Locale } from "@tiwizi/locale"
import { getTranslations } from "next-intl/server"
import { endAllSessions, logout } from "@/lib/actions/portal"
import type { PortalMember } from "@/lib/data/vendor"
import { LockIcon, LogoutIcon, PhonesIcon } from "./portal-icons"
import { PortalSection } from "./portal-section"

const buttonClass = "inline-flex min-h-12 w-full items-center justify-center gap-2 rounded-full px-5 font-semibold sm:w-auto"

/**
 * Logging out here, or everywhere: a phone lost or lent keeps no access once the member ends
 * every session (the backend refuses the tokens issued before).
 */
export async function SessionsSection({ locale, member }: { locale: Locale; member: PortalMember }) {
  const t = await getTranslations({ locale, namespace: "Portal.profile.sessions" })
  const name = [member.first_name, member.last_name].filter(Boolean).join(" ")
  return (
    <PortalSection id="sessions" icon={<LockIcon />} title={t("title")} intro={t("intro", { name, label: member.email })}>
      <div className="flex flex-col gap-3 sm:flex-row">
        <form action={logout}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className={`${buttonClass} border border-ink/25 bg-sand hover:bg-wool`}>
            <LogoutIcon />
            {t("logout")}
          </button>
        </form>
        <form action={endAllSessions}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" aria-describedby="end-all-hint" className={`${buttonClass} bg-terracotta-dark text-sand hover:bg-ink`}>
            <PhonesIcon />
            {t("logoutAll")}
          </button>
        </form>
      </div>
      <p id="end-all-hint" className="mt-2 text-sm text-muted">
        {t("logoutAllHint")}
      </p>
    </PortalSection>
  )
}
