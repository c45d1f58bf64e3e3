import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { CollectionTiles } from "@/components/catalogue/collection-tiles"
import { CooperativeCard } from "@/components/catalogue/cooperative-card"
import { ImpactFigures } from "@/components/catalogue/impact-figures"
import { ChevronForward } from "@/components/icons"
import { ProductGrid } from "@/components/product-card"
import { SectionHeading } from "@/components/section-heading"
import { localeFromParam } from "@/i18n/locale-param"
import { alternatesFor } from "@/lib/alternates"
import { productCard } from "@/lib/cards"
import { getCategoryByHandle, listTopCategories } from "@/lib/data/categories"
import { listCollections } from "@/lib/data/collections"
import { listFeaturedCooperatives } from "@/lib/data/cooperatives"
import { getImpact } from "@/lib/data/impact"
import { listProducts } from "@/lib/data/products"
import { getCurrentRegion } from "@/lib/data/regions"
import { localePath } from "@/lib/locale-path"
import { carpetsHandle } from "@/lib/shop"

type Props = { params: Promise<{ locale: string }> }

/** Collections shown as tiles: one row on a desktop, two on a phone. */
const collectionTiles = 4
/** Cooperatives featured: those with the most pieces on sale. */
const featuredCooperatives = 3

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeFromParam((await params).locale)
  const t = await getTranslations({ locale, namespace: "Metadata" })
  return {
    alternates: alternatesFor(locale),
    openGraph: {
      title: t("homeTitle"),
      description: t("homeDescription"),
      url: localePath(locale),
      siteName: t("siteName"),
      type: "website",
    },
  }
}

export default async function HomePage({ params }: Props) {
  const locale = localeFromParam((await params).locale)
  setRequestLocale(locale)
  const [t, tPrice, tCooperative, region, categories, carpets, collections, impact, cooperatives] = await Promise.all([
    getTranslations({ locale, namespace: "Home" }),
    getTranslations({ locale, namespace: "Price" }),
    getTranslations({ locale, namespace: "Cooperative" }),
    getCurrentRegion(),
    listTopCategories(locale),
    getCategoryByHandle(carpetsHandle, locale),
    listCollections(locale, collectionTiles),
    getImpact(),
    listFeaturedCooperatives(locale, featuredCooperatives),
  ])
  const [newest, carpetRow, collectionCovers] = await Promise.all([
    listProducts({ locale, regionId: region.id, limit: 12, order: "-created_at" }),
    carpets ? listProducts({ locale, regionId: region.id, limit: 8, categoryIds: carpets.productCategoryIds }) : null,
    // Each collection's newest piece is its tile's picture; an empty collection is not shown.
    Promise.all(
      collections.map((collection) =>
        listProducts({ locale, regionId: region.id, limit: 1, collectionId: collection.id, order: "-created_at" }),
      ),
    ),
  ])
  const tiles = collections.flatMap((collection, i) => {
    const cover = collectionCovers[i].products[0]
    return cover ? [{ handle: collection.handle, title: collection.title, thumbnail: cover.thumbnail ?? null }] : []
  })
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
        <ImpactFigures
          impact={impact}
          locale={locale}
          title={t("impactTitle")}
          labels={{
            cooperatives: t("impact.cooperatives"),
            womenLed: t("impact.womenLed"),
            carpets: t("impact.carpets"),
            share: t("impact.share"),
          }}
        />

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

        {tiles.length > 0 && (
          <section aria-labelledby="collections">
            <SectionHeading id="collections" title={t("collectionsTitle")} />
            <CollectionTiles collections={tiles} locale={locale} />
          </section>
        )}

        {cooperatives.length > 0 && (
          <section aria-labelledby="cooperatives">
            <SectionHeading
              id="cooperatives"
              title={t("cooperativesTitle")}
              href={localePath(locale, "/cooperatives")}
              linkLabel={t("allCooperatives")}
            />
            <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {cooperatives.map((cooperative) => (
                <li key={cooperative.id}>
                  <CooperativeCard
                    cooperative={cooperative}
                    locale={locale}
                    labels={{ womenLed: tCooperative("womenLed"), rural: tCooperative("rural"), visit: tCooperative("visit") }}
                  />
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </>
  )
}
