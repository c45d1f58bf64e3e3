import Link from "next/link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { ChevronForward } from "@/components/icons"
import { ProductGrid } from "@/components/product-card"
import { SectionHeading } from "@/components/section-heading"
import { localeFromParam } from "@/i18n/locale-param"
import { productCard } from "@/lib/cards"
import { getCategoryByHandle, listTopCategories } from "@/lib/data/categories"
import { listCollections } from "@/lib/data/collections"
import { listProducts } from "@/lib/data/products"
import { getCurrentRegion } from "@/lib/data/regions"
import { localePath } from "@/lib/locale-path"
import { carpetsHandle } from "@/lib/shop"

type Props = { params: Promise<{ locale: string }> }

export default async function HomePage({ params }: Props) {
  const locale = localeFromParam((await params).locale)
  setRequestLocale(locale)
  const [t, tPrice, region, categories, carpets, collections] = await Promise.all([
    getTranslations({ locale, namespace: "Home" }),
    getTranslations({ locale, namespace: "Price" }),
    getCurrentRegion(),
    listTopCategories(locale),
    getCategoryByHandle(carpetsHandle, locale),
    listCollections(locale, 1),
  ])
  const collection = collections[0]
  const [newest, carpetRow, collectionRow] = await Promise.all([
    listProducts({ locale, regionId: region.id, limit: 12, order: "-created_at" }),
    carpets ? listProducts({ locale, regionId: region.id, limit: 8, categoryIds: carpets.productCategoryIds }) : null,
    collection ? listProducts({ locale, regionId: region.id, limit: 4, collectionId: collection.id }) : null,
  ])
  const labels = { from: tPrice("from"), unavailable: tPrice("unavailable") }

  return (
    <>
      <section className="relative overflow-hidden bg-wool">
        <div aria-hidden="true" className="kilim absolute inset-y-0 end-0 w-1/3 opacity-60 max-sm:hidden" />
        <div className="relative mx-auto max-w-6xl px-4 py-12 sm:py-16">
          <p className="text-sm font-semibold uppercase tracking-wider text-terracotta">{t("heroKicker")}</p>
          <h1 className="mt-3 max-w-2xl text-3xl font-bold leading-tight tracking-tight text-balance sm:text-5xl">{t("heroTitle")}</h1>
          <p className="mt-4 max-w-2xl text-lg leading-relaxed text-ink/80">{t("heroBody")}</p>
          <div className="mt-7 flex flex-wrap gap-3">
            {carpets && (
              <Link
                href={localePath(locale, `/categories/${carpets.handle}`)}
                className="inline-flex min-h-12 items-center gap-2 rounded-full bg-terracotta px-6 font-semibold text-sand hover:bg-terracotta-dark"
              >
                {t("heroCta")}
                <ChevronForward />
              </Link>
            )}
            <a href="#newest" className="inline-flex min-h-12 items-center rounded-full border border-ink/20 px-6 font-semibold hover:bg-sand">
              {t("heroSecondary")}
            </a>
          </div>
          <ul className="mt-8 flex flex-wrap gap-x-6 gap-y-2 text-sm text-ink/75">
            {[t("trustCooperatives"), t("trustProvenance"), t("trustPayment")].map((line) => (
              <li key={line} className="flex items-center gap-2">
                <span aria-hidden="true" className="size-2 rotate-45 bg-indigo" />
                {line}
              </li>
            ))}
          </ul>
        </div>
      </section>

      <div className="mx-auto max-w-6xl space-y-14 px-4 pt-10">
        {categories.length > 0 && (
          <section aria-labelledby="categories">
            <SectionHeading id="categories" title={t("categoriesTitle")} />
            <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
              {categories.map((category, index) => (
                <li key={category.id}>
                  <Link
                    href={localePath(locale, `/categories/${category.handle}`)}
                    className={`flex min-h-20 items-end rounded-2xl p-4 font-semibold text-sand shadow-sm hover:brightness-110 ${
                      ["bg-terracotta", "bg-indigo", "bg-olive", "bg-terracotta-dark", "bg-indigo-dark", "bg-ink"][index % 6]
                    }`}
                  >
                    {category.name}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        )}

        {carpets && carpetRow && carpetRow.products.length > 0 && (
          <section aria-labelledby="carpets">
            <SectionHeading
              id="carpets"
              title={t("carpetsTitle")}
              href={localePath(locale, `/categories/${carpets.handle}`)}
              linkLabel={t("seeAll")}
            />
            <ProductGrid products={carpetRow.products.map(productCard)} locale={locale} labels={labels} preloadFirst={2} />
          </section>
        )}

        <section aria-labelledby="newest">
          <SectionHeading id="newest" title={t("newestTitle")} />
          {newest.products.length > 0 ? (
            <ProductGrid products={newest.products.map(productCard)} locale={locale} labels={labels} />
          ) : (
            <p className="text-muted">{t("noProducts")}</p>
          )}
        </section>

        {collection && collectionRow && collectionRow.products.length > 0 && (
          <section aria-labelledby="collection">
            <SectionHeading id="collection" title={collection.title} />
            <ProductGrid products={collectionRow.products.map(productCard)} locale={locale} labels={labels} />
          </section>
        )}
      </div>
    </>
  )
}
