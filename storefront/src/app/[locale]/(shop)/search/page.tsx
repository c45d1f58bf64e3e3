import { formatNumber, isCurrency, type CurrencyCode, type Locale } from "@tiwizi/locale"
import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { ReactNode } from "react"
import { Pagination } from "@/components/pagination"
import { PopularCategories } from "@/components/popular-categories"
import { ProductGrid } from "@/components/product-card"
import { SearchChips } from "@/components/search-chips"
import { SearchFilters } from "@/components/search-filters"
import { SearchNoResults } from "@/components/search-no-results"
import { SearchSort } from "@/components/search-sort"
import { localeFromParam } from "@/i18n/locale-param"
import { listCooperativeNames } from "@/lib/data/cooperatives"
import { getCurrentRegion } from "@/lib/data/regions"
import { searchProductsMany, type ProductSearchResult } from "@/lib/data/search"
import { isBadRequest } from "@/lib/errors"
import { pageCount } from "@/lib/pagination"
import type { PriceRange } from "@/lib/price-ranges"
import { activeChips, facetGroups, type FacetContext } from "@/lib/search-facets"
import { searchBody, suggestionBodies } from "@/lib/search-query"
import { correctedQuery, searchCard } from "@/lib/search-results"
import { activeFilters, parseSearchState, searchHref, withoutFilters, type SearchState } from "@/lib/search-state"
import { defaultCurrency, pageSize } from "@/lib/shop"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = localeFromParam((await params).locale)
  const { q } = parseSearchState(await searchParams)
  const t = await getTranslations({ locale, namespace: "Search" })
  // Results pages are endless combinations of one catalogue: followed, never indexed.
  return { title: q ? t("resultsFor", { query: q }) : t("title"), robots: { index: false, follow: true } }
}

/** The search's results, or `"invalid"` when the backend refused the query as bad input (400). */
async function run(body: Parameters<typeof searchProductsMany>[0][number]): Promise<ProductSearchResult | "invalid"> {
  const results = await runMany([body])
  return results === "invalid" ? results : results[0]
}

async function runMany(bodies: Parameters<typeof searchProductsMany>[0]): Promise<ProductSearchResult[] | "invalid"> {
  try {
    return await searchProductsMany(bodies)
  } catch (error) {
    if (isBadRequest(error)) return "invalid"
    throw error
  }
}

function Page({ children }: { children: ReactNode }) {
  return <div className="mx-auto max-w-6xl px-4 pt-8">{children}</div>
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = localeFromParam((await params).locale)
  setRequestLocale(locale)
  const state = parseSearchState(await searchParams)
  const [t, tListing, tPrice, region] = await Promise.all([
    getTranslations({ locale, namespace: "Search" }),
    getTranslations({ locale, namespace: "Listing" }),
    getTranslations({ locale, namespace: "Price" }),
    getCurrentRegion(),
  ])
  const hasFilters = activeFilters(state).length > 0
  const popular = <PopularCategories locale={locale} title={t("popularCategories")} />
  const heading = (text: string) => <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{text}</h1>

  if (!state.q && !hasFilters) {
    return (
      <Page>
        {heading(t("emptyQueryTitle"))}
        <p className="mt-2 max-w-2xl text-ink/80">{t("emptyQueryBody")}</p>
        {popular}
      </Page>
    )
  }

  const code = region.currency_code.toLowerCase()
  const currency: CurrencyCode = isCurrency(code) ? code : defaultCurrency
  const [result, cooperativeNames] = await Promise.all([run(searchBody(state, locale, currency)), listCooperativeNames(locale)])
  if (result === "invalid") {
    return (
      <Page>
        {heading(state.q ? t("resultsFor", { query: state.q }) : t("title"))}
        <div className="mt-4 max-w-2xl space-y-4 rounded-2xl bg-wool p-6">
          <p>{t("invalid")}</p>
          {hasFilters && (
            <Link href={searchHref(locale, withoutFilters(state))} className="inline-block font-medium text-indigo underline underline-offset-4">
              {t("dropFilters")}
            </Link>
          )}
        </div>
        {popular}
      </Page>
    )
  }

  const count = result.metadata.count ?? result.hits.length
  const total = pageCount(count, pageSize)
  if (state.page > total) notFound()
  const context: FacetContext = { locale, currency, cooperativeNames, flagLabels: flagLabels(t), priceLabel: priceLabel(t, locale) }
  const groups = facetGroups(result.facets, state, context)
  const cards = result.hits.map((hit) => searchCard(hit, locale, currency))
  const noResults = cards.length === 0 ? await noResultsProps(state, locale, t) : null
  // Results are named by the words the engine ran ("khenifra" for "khnifra"); no result, by the typed ones.
  const shownQuery = (!noResults && correctedQuery(state.q, result.metadata.query)) || state.q

  return (
    <Page>
      <header className="mb-6 space-y-1">
        {heading(state.q ? t("resultsFor", { query: shownQuery }) : t("title"))}
        <p className="text-sm text-muted">{tListing("productCount", { count, n: formatNumber(count, locale) })}</p>
      </header>
      <div className={groups.length > 0 ? "grid gap-8 lg:grid-cols-[15rem_1fr]" : undefined}>
        {groups.length > 0 && (
          <aside aria-labelledby="filters-title">
            <h2 id="filters-title" className="mb-2 text-lg font-semibold">
              {t("filters")}
            </h2>
            <SearchFilters groups={groups} state={state} locale={locale} hrefOf={(next) => searchHref(locale, next)} titles={groupTitles(t)} />
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
              hrefOf={(next) => searchHref(locale, next)}
              labels={{ list: t("activeFilters"), clearAll: t("clearAll"), remove: (label) => t("removeFilter", { label }) }}
            />
            {count > 1 && (
              <SearchSort
                state={state}
                locale={locale}
                labels={{ label: t("sortLabel"), apply: t("applySort"), options: sortLabels(t) }}
              />
            )}
          </div>
          {noResults ? (
            <>
              <SearchNoResults state={state} locale={locale} hasFilters={hasFilters} {...noResults} />
              {popular}
            </>
          ) : (
            <ProductGrid
              products={cards}
              locale={locale}
              labels={{ from: tPrice("from"), unavailable: tPrice("unavailable") }}
              preloadFirst={state.page === 1 ? 2 : 0}
            />
          )}
          <Pagination
            page={state.page}
            total={total}
            basePath={searchHref(locale, { ...state, page: 1 })}
            labels={{
              nav: tListing("pagination"),
              previous: tListing("previous"),
              next: tListing("next"),
              pageOf: tListing("pageOf", { page: formatNumber(state.page, locale), total: formatNumber(total, locale) }),
            }}
          />
        </section>
      </div>
    </Page>
  )
}

type T = Awaited<ReturnType<typeof getTranslations<"Search">>>

/**
 * What to offer after zero hits: each word searched alone, with typos. The words that find
 * something, as the engine read them, make the "did you mean" query; their first hits, up to
 * three titles, the suggested products.
 */
async function noResultsProps(state: SearchState, locale: Locale, t: T) {
  const title = state.q ? t("noResults", { query: state.q }) : t("noResultsFiltered")
  const labels = { title, didYouMean: t("didYouMean"), dropFilters: t("dropFilters") }
  const bodies = state.q ? suggestionBodies(state.q, locale) : []
  const results = bodies.length ? await runMany(bodies) : "invalid"
  if (results === "invalid") return { labels, corrected: null, suggestions: [] }
  const found = results
    .map((result, i) => ({ result, word: String(bodies[i].filters?.q) }))
    .filter(({ result }) => result.hits.length > 0)
  const read = found.map(({ result, word }) => result.metadata.query?.trim() || word)
  const hits = [...new Map(found.flatMap(({ result }) => result.hits).map((hit) => [hit.id, hit])).values()].slice(0, 3)
  return {
    labels,
    corrected: read.length ? correctedQuery(state.q, read.join(" ")) : null,
    // The currency does not matter here: suggestions are titles, without prices.
    suggestions: hits.map((hit) => searchCard(hit, locale, defaultCurrency)),
  }
}

const flagLabels = (t: T) => ({
  women_led: t("flags.women_led"),
  rural: t("flags.rural"),
  unique: t("flags.unique"),
  in_stock: t("flags.in_stock"),
})

const groupTitles = (t: T) => ({
  category: t("groups.category"),
  price: t("groups.price"),
  material: t("groups.material"),
  technique: t("groups.technique"),
  dye: t("groups.dye"),
  size: t("groups.size"),
  cooperative: t("groups.cooperative"),
  province: t("groups.province"),
  features: t("groups.features"),
})

const sortLabels = (t: T) => ({
  relevance: t("sort.relevance"),
  price_asc: t("sort.price_asc"),
  price_desc: t("sort.price_desc"),
  newest: t("sort.newest"),
})

/** "500 – 1.000 MAD": bands are round amounts, written without decimals. */
function priceLabel(t: T, locale: Locale) {
  return ({ currency, from, to }: PriceRange) => {
    const whole = (amount: number) =>
      formatNumber(amount, locale, { style: "currency", currency: currency.toUpperCase(), minimumFractionDigits: 0, maximumFractionDigits: 0 })
    if (from === undefined) return t("priceUnder", { to: whole(to ?? 0) })
    if (to === undefined) return t("priceOver", { from: whole(from) })
    return t("priceBetween", { from: whole(from), to: whole(to) })
  }
}
