import type { Locale } from "@tiwizi/locale"
import { getTranslations } from "next-intl/server"
import { saveBankDetails } from "@/lib/actions/portal"
import type { PortalCooperative, PortalMember } from "@/lib/data/vendor"
import { BankIcon, CheckIcon, LockIcon } from "./portal-icons"
import { PortalForm } from "./portal-form"
import { portalFormLabels } from "./portal-form-labels"
import { PortalSection } from "./portal-section"

/**
 * The RIB payouts go to. Only owners see it and change it (the backend sends it to them alone);
 * a member is told who manages it.
 */
export async function BankSection({ locale, cooperative, member }: { locale: Locale; cooperative: PortalCooperative; member: PortalMember }) {
  const t = await getTranslations({ locale, namespace: "Portal.profile.bank" })
  if (member.role !== "owner") {
    return (
      <PortalSection id="bank" icon={<BankIcon />} title={t("title")}>
        <p className="flex items-center gap-2">
          <LockIcon />
          {t("ownerOnly")}
        </p>
      </PortalSection>
    )
  }
  const labels = await portalFormLabels(locale, { submit: t("submit"), pending: t("pending"), done: t("saved") })
  return (
    <PortalSection id="bank" icon={<BankIcon />} title={t("title")} intro={t("intro")}>
      <PortalForm
        action={saveBankDetails}
        hidden={{ locale }}
        labels={labels}
        icon={<CheckIcon />}
        fields={[
          { name: "bank_rib", label: t("rib"), icon: <BankIcon />, type: "number", ltr: true, hint: t("ribHint"), maxLength: 40, defaultValue: cooperative.bank_rib ?? "" },
        ]}
      />
    </PortalSection>
  )
}
