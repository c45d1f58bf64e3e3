import { defaultLocale, isLocale } from "@tiwizi/locale"
import { getLocale, getTranslations } from "next-intl/server"
import { HomeIcon, XCircleIcon } from "@/components/portal/portal-icons"
import { IconLink } from "@/components/portal/portal-section"
import { localePath } from "@/lib/locale-path"

/**
 * A page of the portal that does not exist, or a listing of another cooperative (the backend
 * answers 404 for foreign ids, and the page says the same thing for both).
 */
export default async function PortalNotFound() {
  const current = await getLocale()
  const locale = isLocale(current) ? current : defaultLocale
  const t = await getTranslations({ locale, namespace: "Portal.notFound" })
  // Nested not-found files take no metadata export; React 19 hoists this <title> into <head>.
  return (
    <div className="mx-auto my-12 max-w-md space-y-4 px-4 text-center">
      <title>{`${t("title")} · Tiwizi`}</title>
      <XCircleIcon width={48} height={48} className="mx-auto text-muted" />
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-muted">{t("body")}</p>
      <IconLink href={localePath(locale, "/cooperative")} icon={<HomeIcon />}>
        {t("home")}
      </IconLink>
    </div>
  )
}
