import type { Locale } from "@tiwizi/locale"
import { getTranslations } from "next-intl/server"
import type { PortalCooperative } from "@/lib/data/vendor"
import { ClockIcon, PauseIcon, XCircleIcon } from "./portal-icons"

const looks = {
  pending: { icon: ClockIcon, tone: "border-indigo/40 text-indigo-dark" },
  rejected: { icon: XCircleIcon, tone: "border-terracotta-dark/40 text-terracotta-dark" },
  suspended: { icon: PauseIcon, tone: "border-terracotta-dark/40 text-terracotta-dark" },
}

/**
 * Where a cooperative's application stands, when it is not approved: waiting (and what happens
 * next), rejected or suspended with staff's reason in their words.
 */
export async function ApplicationStatus({ locale, cooperative, owner }: { locale: Locale; cooperative: PortalCooperative; owner: boolean }) {
  const status = cooperative.status
  if (status === "approved") return null
  const t = await getTranslations({ locale, namespace: "Portal.status" })
  const { icon: Icon, tone } = looks[status]
  // Only an owner can apply again after a rejection: a member is told whom to ask.
  const next = status === "rejected" ? t(owner ? "rejected.nextOwner" : "rejected.nextMember") : t(`${status}.next`)
  return (
    <section aria-labelledby="application-status" className={`rounded-2xl border-2 bg-wool p-4 sm:p-6 ${tone}`}>
      <h2 id="application-status" className="flex items-center gap-2 text-lg font-semibold">
        <Icon width={24} height={24} />
        {t(`${status}.title`)}
      </h2>
      <div className="mt-2 space-y-2 text-ink">
        <p>{t(`${status}.body`, { name: cooperative.name })}</p>
        {status !== "pending" && (
          <div className="rounded-xl bg-sand p-3">
            <p className="font-semibold">{t("reasonLabel")}</p>
            <p className="whitespace-pre-line" dir="auto">{cooperative.status_reason || t("noReason")}</p>
          </div>
        )}
        <p>{next}</p>
      </div>
    </section>
  )
}
