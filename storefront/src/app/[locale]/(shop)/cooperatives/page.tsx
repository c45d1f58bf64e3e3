import { formatNumber } from "@tiwizi/locale"
import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { CooperativeCard } from "@/components/catalogue/cooperative-card"
import { Pagination } from "@/components/pagination"
import { localeFromParam } from "@/i18n/locale-param"
import { alternatesFor } from "@/lib/alternates"
import { listCooperatives } from "@/lib/data/cooperatives"
import { localePath } from "@/lib/locale-path"
import { offsetOf, pageCount, parsePage } from "@/lib/pagination"
import { pageSize } from "@/lib/shop"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = localeFromParam((await params).locale)
  const t = await getTranslations({ locale, namespace: "Metadata" })
  const title = t("cooperativesTitle")
  const description = t("cooperativesDescription")
  const later = parsePage((await searchParams).page) > 1
  return {
    title,
    description,
    alternates: alternatesFor(locale, "/cooperatives"),
    openGraph: { title, description, url: localePath(locale, "/cooperatives"), siteName: t("siteName"), type: "website" },
    ...(later && { robots: { index: false, follow: true } }),
  }
}

export default async function CooperativesPage({ params, searchParams }: Props) {
  const locale = localeFromParam((await params).locale)
  setRequestLocale(locale)
  const page = parsePage((await searchParams).page)
  const [t, tListing, { cooperatives, count }] = await Promise.all([
    getTranslations({ locale, namespace: "Cooperative" }),
    getTranslations({ locale, namespace: "Listing" }),
    listCooperatives(locale, { limit: pageSize, offset: offsetOf(page, pageSize) }),
  ])
  const total = pageCount(count, pageSize)
  if (page > total) notFound()
  const labels = { womenLed: t("womenLed"), rural: t("rural"), visit: t("visit") }

  return (
    <div className="mx-auto max-w-6xl px-4 pt-8">
      <header className="mb-6 space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{t("listTitle")}</h1>
        <p className="max-w-2xl text-ink/80">{t("listIntro")}</p>
        <p className="text-sm text-muted">{t("count", { count, n: formatNumber(count, locale) })}</p>
      </header>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {cooperatives.map((cooperative) => (
          <li key={cooperative.id}>
            <CooperativeCard cooperative={cooperative} locale={locale} labels={labels} headingLevel={2} />
          </li>
        ))}
      </ul>
      <Pagination
        page={page}
        total={total}
        basePath={localePath(locale, "/cooperatives")}
        labels={{
          nav: tListing("pagination"),
          previous: tListing("previous"),
          next: tListing("next"),
          pageOf: tListing("pageOf", { page: formatNumber(page, locale), total: formatNumber(total, locale) }),
        }}
      />
    </div>
  )
}
