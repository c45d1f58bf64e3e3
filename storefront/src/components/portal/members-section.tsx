import type { Locale } from "@tiwizi/locale"
import { getTranslations } from "next-intl/server"
import type { PortalCooperative, PortalMember } from "@/lib/data/vendor"
import { InviteForm } from "./invite-form"
import { portalFormLabels } from "./portal-form-labels"
import { IdCardIcon, LockIcon, MailIcon, PhoneIcon, UserPlusIcon, UsersIcon } from "./portal-icons"
import { PortalSection } from "./portal-section"

/** Owners invite the cooperative's members by email or phone; members see who can. */
export async function MembersSection({ locale, cooperative, member }: { locale: Locale; cooperative: PortalCooperative; member: PortalMember }) {
  const t = await getTranslations({ locale, namespace: "Portal.profile.members" })
  if (member.role !== "owner") {
    return (
      <PortalSection id="members" icon={<UsersIcon />} title={t("title")}>
        <p className="flex items-center gap-2">
          <LockIcon />
          {t("ownerOnly")}
        </p>
      </PortalSection>
    )
  }
  const labels = await portalFormLabels(locale, { submit: t("submit"), pending: t("pending") })
  return (
    <PortalSection id="members" icon={<UsersIcon />} title={t("title")} intro={t("intro")}>
      <InviteForm
        locale={locale}
        icon={<UserPlusIcon />}
        labels={{
          ...labels,
          linkTitle: t("linkTitle"),
          copy: t("copy"),
          copied: t("copied"),
          whatsapp: t("whatsapp"),
          shareText: t("shareText", { name: cooperative.name }),
        }}
        fields={[
          { name: "email", label: t("email"), icon: <MailIcon />, type: "email", autoComplete: "off", ltr: true, half: true, hint: t("contactHint") },
          { name: "phone", label: t("phone"), icon: <PhoneIcon />, type: "tel", autoComplete: "off", ltr: true, half: true },
          {
            name: "role",
            label: t("role"),
            icon: <IdCardIcon />,
            type: "select",
            defaultValue: "member",
            hint: t("roleHint"),
            options: [
              { value: "member", label: t("roleMember") },
              { value: "owner", label: t("roleOwner") },
            ],
          },
        ]}
      />
    </PortalSection>
  )
}
