import Link from "next/link"
import { getLocale, getTranslations } from "next-intl/server"
import { defaultLocale, isLocale } from "@tiwizi/locale"
import { localePath } from "@/lib/locale-path"

export default async function NotFound() {
  const current = await getLocale()
  const locale = isLocale(current) ? current : defaultLocale
  const t = await getTranslations({ locale, namespace: "NotFound" })
  // Nested not-found files take no metadata export; React 19 hoists this <title> into <head>.
  return (
    <div className="mx-auto my-16 max-w-lg space-y-4 px-4 text-center">
      <title>{`${t("title")} · Tiwizi`}</title>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-muted">{t("body")}</p>
      <Link
        href={localePath(locale)}
        className="inline-block rounded-full bg-terracotta px-5 py-2.5 font-medium text-sand hover:bg-terracotta-dark"
      >
        {t("home")}
      </Link>
    </div>
  )
}
