import type { Metadata, Viewport } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { ReactNode } from "react"
import { ErrorTextProvider } from "@/components/error-text"
import { HtmlDocument } from "@/components/html-document"
import { localeFromParam } from "@/i18n/locale-param"
import { localePath } from "@/lib/locale-path"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const locale = localeFromParam((await params).locale)
  const t = await getTranslations({ locale, namespace: "Metadata" })
  return {
    title: { default: t("homeTitle"), template: `%s · ${t("siteName")}` },
    description: t("homeDescription"),
    applicationName: t("siteName"),
  }
}

export const viewport: Viewport = { themeColor: "#faf6ef", width: "device-width", initialScale: 1 }

// Holds no backend call, so that the [locale] error boundary can still show a translated
// screen when the shop's own layout (header data) fails.
export default async function LocaleLayout({ children, params }: Props) {
  const locale = localeFromParam((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "Error" })
  const errorText = { title: t("title"), body: t("body"), retry: t("retry"), home: t("home"), homeHref: localePath(locale) }
  return (
    <HtmlDocument locale={locale}>
      <ErrorTextProvider value={errorText}>{children}</ErrorTextProvider>
    </HtmlDocument>
  )
}
