import type { Locale } from "@tiwizi/locale"
import { getTranslations } from "next-intl/server"
import { savePublicPage } from "@/lib/actions/portal"
import type { PortalCooperative } from "@/lib/data/vendor"
import { localePath } from "@/lib/locale-path"
import { CheckIcon, ExternalIcon, MailIcon, PenIcon, PhoneIcon, ShopIcon, UsersIcon, WomanIcon } from "./portal-icons"
import { PortalForm } from "./portal-form"
import { portalFormLabels } from "./portal-form-labels"
import { IconLink, PortalSection } from "./portal-section"

/** What customers read on the cooperative's page, with a link to see that page as they do. */
export async function PublicPageSection({ locale, cooperative }: { locale: Locale; cooperative: PortalCooperative }) {
  const [t, tApply] = await Promise.all([getTranslations({ locale, namespace: "Portal.profile.page" }), getTranslations({ locale, namespace: "Portal.apply" })])
  const labels = await portalFormLabels(locale, { submit: t("submit"), pending: t("pending"), done: t("saved") })
  return (
    <PortalSection
      id="public-page"
      icon={<ShopIcon />}
      title={t("title")}
      intro={
        <>
          <p>{t("intro")}</p>
          <IconLink href={localePath(locale, `/cooperatives/${cooperative.handle}`)} icon={<ExternalIcon />}>
            {t("see")}
          </IconLink>
        </>
      }
    >
      <PortalForm
        action={savePublicPage}
        hidden={{ locale }}
        labels={labels}
        icon={<CheckIcon />}
        fields={[
          { name: "story", label: tApply("story"), icon: <PenIcon />, type: "textarea", required: true, hint: tApply("storyHint"), maxLength: 5000, defaultValue: cooperative.story },
          { name: "phone", label: tApply("phone"), icon: <PhoneIcon />, type: "tel", autoComplete: "tel", required: true, ltr: true, half: true, defaultValue: cooperative.phone },
          { name: "email", label: tApply("email"), icon: <MailIcon />, type: "email", autoComplete: "email", required: true, ltr: true, half: true, defaultValue: cooperative.email },
          { name: "member_count", label: tApply("members"), icon: <UsersIcon />, type: "number", required: true, ltr: true, half: true, defaultValue: String(cooperative.member_count) },
          { name: "women_member_count", label: tApply("womenMembers"), icon: <WomanIcon />, type: "number", required: true, ltr: true, half: true, defaultValue: String(cooperative.women_member_count) },
        ]}
      />
    </PortalSection>
  )
}
