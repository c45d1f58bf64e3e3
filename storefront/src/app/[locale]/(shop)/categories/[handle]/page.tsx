import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { ListingResults } from "@/components/catalogue/listing-results"
import { localeFromParam } from "@/i18n/locale-param"
import { getCategoryByHandle } from "@/lib/data/categories"
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
  const category = await getCategoryByHandle(handle, locale)
  if (!category) return {}
  const t = await getTranslations({ locale, namespace: "Metadata" })
  const description = category.description || t("categoryDescription", { name: category.name })
  return listingMetadata({
    locale,
    path: `/categories/${category.handle}`,
    title: category.name,
    description,
    state: listingState(await searchParams, "category"),
    siteName: t("siteName"),
  })
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const { locale: value, handle } = await params
  const locale = localeFromParam(value)
  setRequestLocale(locale)
  const [category, t] = await Promise.all([getCategoryByHandle(handle, locale), getTranslations({ locale, namespace: "Listing" })])
  if (!category) notFound()
  const state = listingState(await searchParams, "category")

  return (
    <div className="mx-auto max-w-6xl px-4 pt-8">
      <header className="mb-2 space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{category.name}</h1>
        {category.description && <p className="max-w-2xl text-ink/80">{category.description}</p>}
      </header>
      {category.children.length > 0 && (
        <nav aria-label={t("subcategories")} className="my-4">
          <ul className="flex flex-wrap gap-2">
            {category.children.map((child) => (
              <li key={child.id}>
                <Link
                  href={localePath(locale, `/categories/${child.handle}`)}
                  className="inline-flex min-h-11 items-center rounded-full border border-clay bg-wool px-4 text-sm font-medium hover:border-terracotta"
                >
                  {child.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <ListingResults
        locale={locale}
        state={state}
        scope={{ category_handles: { $in: [category.handle] } }}
        basePath={localePath(locale, `/categories/${category.handle}`)}
        hiddenGroups={["category"]}
        emptyText={t("empty")}
      />
    </div>
  )
}
