import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { ListingResults } from "@/components/catalogue/listing-results"
import { localeFromParam } from "@/i18n/locale-param"
import { alternatesFor } from "@/lib/alternates"
import { getCollectionByHandle } from "@/lib/data/collections"
import { listingState } from "@/lib/listing"
import { localePath } from "@/lib/locale-path"
import { activeFilters } from "@/lib/search-state"

type Props = {
  params: Promise<{ locale: string; handle: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale: value, handle } = await params
  const locale = localeFromParam(value)
  const collection = await getCollectionByHandle(handle, locale)
  if (!collection) return {}
  const t = await getTranslations({ locale, namespace: "Metadata" })
  const description = collection.description ?? t("collectionDescription", { name: collection.title })
  const path = `/collections/${collection.handle}`
  // Filtered and later pages are views of this one: followed, not indexed; the canonical names it.
  const state = listingState(await searchParams)
  const variant = state.page > 1 || activeFilters(state).length > 0 || state.sort !== "relevance"
  return {
    title: collection.title,
    description,
    alternates: alternatesFor(locale, path),
    openGraph: { title: collection.title, description, url: localePath(locale, path), siteName: t("siteName"), type: "website" },
    ...(variant && { robots: { index: false, follow: true } }),
  }
}

export default async function CollectionPage({ params, searchParams }: Props) {
  const { locale: value, handle } = await params
  const locale = localeFromParam(value)
  setRequestLocale(locale)
  const [collection, t, tMeta] = await Promise.all([
    getCollectionByHandle(handle, locale),
    getTranslations({ locale, namespace: "Listing" }),
    getTranslations({ locale, namespace: "Metadata" }),
  ])
  if (!collection) notFound()

  return (
    <div className="mx-auto max-w-6xl px-4 pt-8">
      <header className="mb-2 space-y-2">
        <p className="text-sm font-semibold uppercase tracking-wider text-terracotta">{t("collectionKicker")}</p>
        <h1 className="text-3xl font-bold tracking-tight">{collection.title}</h1>
        <p className="max-w-2xl text-ink/80">{collection.description ?? tMeta("collectionDescription", { name: collection.title })}</p>
      </header>
      <ListingResults
        locale={locale}
        state={listingState(await searchParams)}
        scope={{ collection_handle: collection.handle }}
        basePath={localePath(locale, `/collections/${collection.handle}`)}
        emptyText={t("collectionEmpty")}
      />
    </div>
  )
}
