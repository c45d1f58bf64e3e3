import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { ListingResults } from "@/components/catalogue/listing-results"
import { localeFromParam } from "@/i18n/locale-param"
import { getCollectionByHandle } from "@/lib/data/collections"
import { listingState } from "@/lib/listing"
import { listingMetadata } from "@/lib/listing-metadata"
import { localePath } from "@/lib/locale-path"

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
  return listingMetadata({
    locale,
    path: `/collections/${collection.handle}`,
    title: collection.title,
    description,
    state: listingState(await searchParams),
    siteName: t("siteName"),
  })
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
