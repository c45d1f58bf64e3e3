import { intlTagOf, locales } from "@tiwizi/locale"
import type { Metadata, Viewport } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { ReactNode } from "react"
import { ErrorTextProvider } from "@/components/error-text"
import { HtmlDocument } from "@/components/html-document"
import { localeFromParam } from "@/i18n/locale-param"
import { localePath } from "@/lib/locale-path"
import { siteUrl } from "@/lib/site-url"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

/** Open Graph names locales with an underscore (`fr_MA`). */
const ogLocale = (tag: string) => tag.replace("-", "_")

/**
 * What every page inherits: the title template, the site's description, the base of relative
 * URLs, and Open Graph's site name and languages. Canonical and `hreflang` links are set by each
 * page, which knows its own path: a layout's would be inherited as is by pages that set none,
 * naming the home page as their canonical.
 */
export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const locale = localeFromParam((await params).locale)
  const t = await getTranslations({ locale, namespace: "Metadata" })
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t("homeTitle"), template: `%s · ${t("siteName")}` },
    description: t("homeDescription"),
    applicationName: t("siteName"),
    openGraph: {
      siteName: t("siteName"),
      type: "website",
      locale: ogLocale(intlTagOf(locale)),
      alternateLocale: locales.filter((other) => other !== locale).map((other) => ogLocale(intlTagOf(other))),
    },
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
