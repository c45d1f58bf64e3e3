import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Pagination } from "@/components/pagination"
import { PageHeading } from "@/components/portal/page-heading"
import { EmptyListings } from "@/components/portal/listings/empty-listings"
import { Icon } from "@/components/portal/listings/icon"
import { ListingCard } from "@/components/portal/listings/listing-card"
import { NewListingLink } from "@/components/portal/listings/new-listing-link"
import { QuickEditTextProvider } from "@/components/portal/listings/quick-edit-text"
import { StateFilter } from "@/components/portal/listings/state-filter"
import { localeFromParam } from "@/i18n/locale-param"
import { listVendorProducts } from "@/lib/data/vendor-products"
import { requireApprovedMember } from "@/lib/data/vendor"
import { listingFailures } from "@/lib/listing-errors"
import { isListingState } from "@/lib/listing-product"
import { listingErrorCodes } from "@/lib/listing-validation"
import { localePath } from "@/lib/locale-path"
import { offsetOf, pageCount, parsePage } from "@/lib/pagination"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const pageSize = 20

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const locale = localeFromParam((await params).locale)
  const t = await getTranslations({ locale, namespace: "PortalListings.meta" })
  return { title: t("list") }
}

/** The cooperative's listings, newest first, one state at a time if asked (`?state=`), with quick edits. */
export default async function ListingsPage({ params, searchParams }: Props) {
  const locale = localeFromParam((await params).locale)
  setRequestLocale(locale)
  await requireApprovedMember(locale, "/cooperative/listings")
  const query = await searchParams
  const state = isListingState(query.state) ? query.state : undefined
  const page = parsePage(query.page)
  const [t, errors, failures, listings] = await Promise.all([
    getTranslations({ locale, namespace: "PortalListings" }),
    getTranslations({ locale, namespace: "PortalListings.errors" }),
    getTranslations({ locale, namespace: "PortalListings.failures" }),
    listVendorProducts({ state, limit: pageSize, offset: offsetOf(page, pageSize) }),
  ])
  const total = pageCount(listings.count, pageSize)
  const base = localePath(locale, "/cooperative/listings")
  const quickText = {
    save: t("quick.save"),
    saving: t("quick.saving"),
    savedStock: t.raw("quick.savedStock") as string,
    savedPrice: t.raw("quick.savedPrice") as string,
    errors: {
      ...Object.fromEntries(listingErrorCodes.map((code) => [code, errors(code)])),
      ...Object.fromEntries(listingFailures.map((code) => [code, failures(code)])),
    },
  }
  return (
    <>
      <PageHeading icon={<Icon name="tag" />} title={t("list.title")} />
      {/* An empty list has the button in its empty state: one way to start, never two. */}
      {listings.products.length > 0 && (
        <div className="mb-4">
          <NewListingLink locale={locale} label={t("list.new")} />
        </div>
      )}
      {query.done === "deleted" && (
        <p role="status" className="mb-4 flex items-center gap-2 rounded-xl border border-olive/40 bg-wool p-3 font-medium text-olive">
          <Icon name="check" />
          {t("list.deleted")}
        </p>
      )}
      <StateFilter locale={locale} current={state} />
      <p className="mt-3 text-sm text-muted">{t("list.count", { count: listings.count, n: String(listings.count) })}</p>
      {listings.products.length === 0 ? (
        <EmptyListings locale={locale} filtered={state !== undefined} />
      ) : (
        <QuickEditTextProvider value={quickText}>
          <ul className="mt-3 flex flex-col gap-3">
            {listings.products.map((product) => (
              <ListingCard key={product.id} product={product} locale={locale} />
            ))}
          </ul>
        </QuickEditTextProvider>
      )}
      <Pagination
        page={page}
        total={total}
        basePath={state ? `${base}?state=${state}` : base}
        labels={{ nav: t("list.pages"), previous: t("list.previous"), next: t("list.next"), pageOf: t("list.pageOf", { page: String(page), total: String(total) }) }}
      />
    </>
  )
}
