import type { Locale } from "@tiwizi/locale"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { Suspense } from "react"
import { listTopCategories } from "@/lib/data/categories"
import { getCurrentRegion } from "@/lib/data/regions"
import { localePath } from "@/lib/locale-path"
import { AccountLink } from "./account/account-link"
import { GavelIcon } from "./auction/gavel-icon"
import { CartLink } from "./cart-link"
import { Mark } from "./icons"
import { LocaleSwitcher } from "./locale-switcher"
import { RegionSwitcher } from "./region-switcher"
import { SearchBox } from "./search-box"
import { SearchForm } from "./search-form"

/**
 * The shop's header: brand, search, languages, currency, auctions, account, cart, and the top-level
 * categories.
 */
export async function Header({ locale }: { locale: Locale }) {
  const [t, tSearch, tAuctions, region, categories] = await Promise.all([
    getTranslations({ locale, namespace: "Header" }),
    getTranslations({ locale, namespace: "Search" }),
    getTranslations({ locale, namespace: "Auctions.nav" }),
    getCurrentRegion(),
    listTopCategories(locale),
  ])
  const searchLabels = {
    label: tSearch("label"),
    placeholder: tSearch("placeholder"),
    submit: tSearch("submit"),
    results: tSearch("instantResults"),
  }
  return (
    <header className="border-b border-clay bg-sand/95">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-10 focus:rounded focus:bg-ink focus:px-3 focus:py-2 focus:text-sand">
        {t("skipToContent")}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href={localePath(locale)} className="me-auto flex items-center gap-2.5">
          <Mark />
          <span className="leading-tight">
            <span className="block text-xl font-bold tracking-tight">Tiwizi</span>
            <span className="block text-xs text-muted">{t("tagline")}</span>
          </span>
        </Link>
        {/* On a phone the box takes its own row under the brand and the cart, above the switchers. */}
        <div className="order-1 w-full sm:order-none sm:w-auto sm:max-w-md sm:flex-1">
          <Suspense fallback={<SearchForm action={localePath(locale, "/search")} labels={searchLabels} />}>
            <SearchBox
              action={localePath(locale, "/search")}
              locale={locale}
              currency={region.currency_code.toLowerCase()}
              labels={searchLabels}
            />
          </Suspense>
        </div>
        <div className="order-last flex w-full items-center justify-between gap-3 sm:order-none sm:w-auto">
          <Suspense fallback={<span className="min-h-9" />}>
            <LocaleSwitcher current={locale} label={t("language")} />
          </Suspense>
          <RegionSwitcher locale={locale} current={region.currency_code} />
        </div>
        <div className="flex items-center gap-1">
          <Link href={localePath(locale, "/auctions")} className="inline-flex min-h-11 items-center gap-2 rounded-full px-3 font-medium hover:bg-wool">
            <GavelIcon width={22} height={22} />
            <span className="sr-only sm:not-sr-only">{tAuctions("header")}</span>
          </Link>
          <AccountLink locale={locale} />
          <CartLink locale={locale} />
        </div>
      </div>
      {categories.length > 0 && (
        <nav aria-label={t("categories")} className="border-t border-clay/70">
          <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 py-1.5 text-sm [scrollbar-width:none]">
            {categories.map((category) => (
              <li key={category.id} className="shrink-0">
                <Link
                  href={localePath(locale, `/categories/${category.handle}`)}
                  className="inline-flex min-h-10 items-center rounded-full px-3 font-medium text-ink/85 hover:bg-wool hover:text-ink"
                >
                  {category.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  )
}
