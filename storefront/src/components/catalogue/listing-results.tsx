import type { SearchFilters as EngineFilters } from "@medusajs/types"
import { SearchChips } from "@/components/search-chips"
import { SearchFilters } from "@/components/search-filters"
import { formatNumber, isCurrency, type CurrencyCode, type Locale } from "@tiwizi/locale"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { Pagination } from "@/components/pagination"
import { ProductGrid } from "@/components/product-card"
import { listCooperativeNames } from "@/lib/data/cooperatives"
import { getCurrentRegion } from "@/lib/data/regions"
import { searchProducts } from "@/lib/data/search"
import { listingBody, listingHref } from "@/lib/listing"
import { pageCount } from "@/lib/pagination"
import type { PriceRange } from "@/lib/price-ranges"
import { activeChips, facetGroups, type FacetGroup } from "@/lib/search-facets"
import { searchCard } from "@/lib/search-results"
import { activeFilters, withoutFilters, type SearchState } from "@/lib/search-state"
import { localePath } from "@/lib/locale-path"
import { defaultCurrency, pageSize } from "@/lib/shop"
import { ListingSort } from "./listing-sort"

type Props = {
  locale: Locale
  state: SearchState
  /** What the page lists, as the search index's filter (`{ category_handles: { $in: ["tapis"] } }`). */
  scope: EngineFilters
  /** The listing's own path (`/fr/categories/tapis`). */
  basePath: string
  /** Filter boxes the page already decides (a category page's categories). */
  hiddenGroups?: FacetGroup["id"][]
  /** What to say when the listing holds nothing at all. */
  emptyText: string
  /** Cards above the fold on a phone, on the first page. */
  preloadFirst?: number
}

/**
 * A listing's products through the search index (a category, a collection or a cooperative is
 * a search with that scope fixed): the count, the filter boxes, the filters in force, the order,
 * a page of cards and the pagination, every state with its own URL under the listing's path.
 * A page past the last is a 404.
 */
export async function ListingResults({ locale, state, scope, basePath, hiddenGroups = [], emptyText, preloadFirst = 2 }: Props) {
  const [t, tListing, tPrice, region, cooperativeNames] = await Promise.all([
    getTranslations({ locale, namespace: "Search" }),
    getTranslations({ locale, namespace: "Listing" }),
    getTranslations({ locale, namespace: "Price" }),
    getCurrentRegion(),
    listCooperativeNames(locale),
  ])
  const code = region.currency_code.toLowerCase()
  const currency: CurrencyCode = isCurrency(code) ? code : defaultCurrency
  const result = await searchProducts(listingBody(state, scope, locale, currency))
  const count = result.metadata.count ?? result.hits.length
  const total = pageCount(count, pageSize)
  if (state.page > total) notFound()

  const hrefOf = (next: SearchState) => listingHref(basePath, next)
  const whole = (amount: number, currencyCode: string) =>
    formatNumber(amount, locale, { style: "currency", currency: currencyCode.toUpperCase(), minimumFractionDigits: 0, maximumFractionDigits: 0 })
  const context = {
    locale,
    currency,
    cooperativeNames,
    flagLabels: { women_led: t("flags.women_led"), rural: t("flags.rural"), unique: t("flags.unique"), in_stock: t("flags.in_stock") },
    priceLabel: ({ currency: c, from, to }: PriceRange) =>
      from === undefined
        ? t("priceUnder", { to: whole(to ?? 0, c) })
        : to === undefined
          ? t("priceOver", { from: whole(from, c) })
          : t("priceBetween", { from: whole(from, c), to: whole(to, c) }),
  }
  const groups = facetGroups(result.facets, state, context).filter((group) => !hiddenGroups.includes(group.id))
  const cards = result.hits.map((hit) => searchCard(hit, locale, currency))
  const filtered = activeFilters(state).length > 0

  return (
    <>
      <p className="mb-6 text-sm text-muted">{tListing("productCount", { count, n: formatNumber(count, locale) })}</p>
      <div className={groups.length > 0 ? "grid gap-8 lg:grid-cols-[15rem_1fr]" : undefined}>
        {groups.length > 0 && (
          <aside aria-labelledby="filters-title">
            <h2 id="filters-title" className="mb-2 text-lg font-semibold">
              {t("filters")}
            </h2>
            <SearchFilters
              groups={groups}
              state={state}
              locale={locale}
              hrefOf={hrefOf}
              titles={{
                category: t("groups.category"),
                price: t("groups.price"),
                material: t("groups.material"),
                technique: t("groups.technique"),
                dye: t("groups.dye"),
                size: t("groups.size"),
                cooperative: t("groups.cooperative"),
                province: t("groups.province"),
                features: t("groups.features"),
              }}
            />
          </aside>
        )}
        <section aria-labelledby="results-title" className="min-w-0">
          <h2 id="results-title" className="sr-only">
            {t("results")}
          </h2>
          <div className="mb-5 flex flex-wrap items-center justify-between gap-3">
            <SearchChips
              chips={activeChips(state, context)}
              state={state}
              hrefOf={hrefOf}
              labels={{ list: t("activeFilters"), clearAll: t("clearAll"), remove: (label) => t("removeFilter", { label }) }}
            />
            {count > 1 && (
              <ListingSort
                state={state}
                action={basePath}
                labels={{
                  label: t("sortLabel"),
                  apply: t("applySort"),
                  options: { newest: t("sort.newest"), price_asc: t("sort.price_asc"), price_desc: t("sort.price_desc") },
                }}
              />
            )}
          </div>
          {cards.length > 0 ? (
            <ProductGrid
              products={cards}
              locale={locale}
              labels={{ from: tPrice("from"), unavailable: tPrice("unavailable") }}
              preloadFirst={state.page === 1 ? preloadFirst : 0}
            />
          ) : (
            <div className="rounded-2xl bg-wool p-8 text-center">
              <p className="mb-4">{filtered ? tListing("emptyFiltered") : emptyText}</p>
              <Link
                href={filtered ? hrefOf(withoutFilters(state)) : localePath(locale)}
                className="inline-flex min-h-11 items-center font-medium text-indigo underline underline-offset-4"
              >
                {filtered ? tListing("clearFilters") : tListing("backHome")}
              </Link>
            </div>
          )}
          <Pagination
            page={state.page}
            total={total}
            basePath={hrefOf({ ...state, page: 1 })}
            labels={{
              nav: tListing("pagination"),
              previous: tListing("previous"),
              next: tListing("next"),
              pageOf: tListing("pageOf", { page: formatNumber(state.page, locale), total: formatNumber(total, locale) }),
            }}
          />
        </section>
      </div>
    </>
  )
}
