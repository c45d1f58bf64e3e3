import { formatNumber } from "@tiwizi/locale"
import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Pagination } from "@/components/pagination"
import { ProductGrid } from "@/components/product-card"
import { localeFromParam } from "@/i18n/locale-param"
import { productCard } from "@/lib/cards"
import { getCategoryByHandle } from "@/lib/data/categories"
import { listProducts } from "@/lib/data/products"
import { getCurrentRegion } from "@/lib/data/regions"
import { localePath } from "@/lib/locale-path"
import { offsetOf, pageCount, parsePage } from "@/lib/pagination"
import { pageSize } from "@/lib/shop"

type Props = {
  params: Promise<{ locale: string; handle: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { locale: value, handle } = await params
  const locale = localeFromParam(value)
  const category = await getCategoryByHandle(handle, locale)
  if (!category) return {}
  const t = await getTranslations({ locale, namespace: "Metadata" })
  return { title: category.name, description: category.description || t("categoryDescription", { name: category.name }) }
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const { locale: value, handle } = await params
  const locale = localeFromParam(value)
  setRequestLocale(locale)
  const page = parsePage((await searchParams).page)
  const [category, region, t, tPrice] = await Promise.all([
    getCategoryByHandle(handle, locale),
    getCurrentRegion(),
    getTranslations({ locale, namespace: "Listing" }),
    getTranslations({ locale, namespace: "Price" }),
  ])
  if (!category) notFound()
  const { products, count } = await listProducts({
    locale,
    regionId: region.id,
    limit: pageSize,
    offset: offsetOf(page, pageSize),
    categoryIds: category.productCategoryIds,
  })
  const total = pageCount(count, pageSize)
  if (page > total) notFound()
  const basePath = localePath(locale, `/categories/${category.handle}`)

  return (
    <div className="mx-auto max-w-6xl px-4 pt-8">
      <header className="mb-6 space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{category.name}</h1>
        {category.description && <p className="max-w-2xl text-ink/80">{category.description}</p>}
        <p className="text-sm text-muted">{t("productCount", { count, n: formatNumber(count, locale) })}</p>
      </header>
      {category.children.length > 0 && (
        <nav aria-label={t("subcategories")} className="mb-6">
          <ul className="flex flex-wrap gap-2">
            {category.children.map((child) => (
              <li key={child.id}>
                <Link
                  href={localePath(locale, `/categories/${child.handle}`)}
                  className="inline-flex min-h-10 items-center rounded-full border border-clay bg-wool px-4 text-sm font-medium hover:border-terracotta"
                >
                  {child.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {products.length > 0 ? (
        <ProductGrid
          products={products.map(productCard)}
          locale={locale}
          labels={{ from: tPrice("from"), unavailable: tPrice("unavailable") }}
          preloadFirst={page === 1 ? 2 : 0}
        />
      ) : (
        <div className="rounded-2xl bg-wool p-8 text-center">
          <p className="mb-4">{t("empty")}</p>
          <Link href={localePath(locale)} className="font-medium text-indigo underline underline-offset-4">
            {t("backHome")}
          </Link>
        </div>
      )}
      <Pagination
        page={page}
        total={total}
        basePath={basePath}
        labels={{
          nav: t("pagination"),
          previous: t("previous"),
          next: t("next"),
          pageOf: t("pageOf", { page: formatNumber(page, locale), total: formatNumber(total, locale) }),
        }}
      />
    </div>
  )
}
