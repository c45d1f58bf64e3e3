import type { Locale } from "@tiwizi/locale"
import { getTranslations } from "next-intl/server"
import type { PortalCooperative } from "@/lib/data/vendor"
import { ImagesForm } from "./images-form"
import { portalFormLabels } from "./portal-form-labels"
import { ImageIcon, SendIcon } from "./portal-icons"
import { PortalSection } from "./portal-section"

/** The cooperative's logo and cover photo, as they are now, and the form to change them. */
export async function ImagesSection({ locale, cooperative }: { locale: Locale; cooperative: PortalCooperative }) {
  const t = await getTranslations({ locale, namespace: "Portal.profile.images" })
  const labels = await portalFormLabels(locale, { submit: t("submit"), pending: t("pending"), done: t("saved") })
  return (
    <PortalSection id="images" icon={<ImageIcon />} title={t("title")} intro={t("intro")}>
      <ImagesForm
        locale={locale}
        labels={labels}
        icon={<SendIcon />}
        hint={t("hint")}
        pictures={[
          { name: "logo", label: t("logo"), icon: <ImageIcon />, current: cooperative.logo_url, currentAlt: t("currentLogo"), none: t("noLogo") },
          { name: "cover", label: t("cover"), icon: <ImageIcon />, current: cooperative.cover_url, currentAlt: t("currentCover"), none: t("noCover") },
        ]}
      />
    </PortalSection>
  )
}
