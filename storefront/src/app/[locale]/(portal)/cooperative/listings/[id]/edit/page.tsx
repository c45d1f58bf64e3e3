import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Icon } from "@/components/portal/listings/icon"
import { ListingActions } from "@/components/portal/listings/listing-actions"
import { ListingWizard } from "@/components/portal/listings/listing-wizard"
import { loadWizardText } from "@/components/portal/listings/load-wizard-text"
import { PageHeading } from "@/components/portal/page-heading"
import { localeFromParam } from "@/i18n/locale-param"
import { retrieveVendorProduct } from "@/lib/data/vendor-products"
import { requireApprovedMember } from "@/lib/data/vendor"
import { wizardOptions } from "@/lib/listing-options"
import { valuesFromProduct, withPendingChanges } from "@/lib/listing-prefill"
import { isProductId } from "@/lib/listing-product"
import { localePath } from "@/lib/locale-path"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeFromParam((await params).locale)
  const t = await getTranslations({ locale, namespace: "PortalListings.meta" })
  return { title: t("edit") }
}

/**
 * A listing in the wizard, filled from the product as the member last left it (a live
 * listing's pending change included). A listing in review or archived cannot change: the page
 * says why, with what can be done instead.
 */
export default async function EditListingPage({ params }: Props) {
  const { locale: localeParam, id } = await params
  const locale = localeFromParam(localeParam)
  setRequestLocale(locale)
  const path = `/cooperative/listings/${encodeURIComponent(id)}/edit`
  const session = await requireApprovedMember(locale, path)
  if (!isProductId(id)) notFound()
  const [found, t] = await Promise.all([retrieveVendorProduct(id), getTranslations({ locale, namespace: "PortalListings" })])
  if (!found) notFound()
  const product = withPendingChanges(found)
  const state = product.listing.state
  const heading = <PageHeading icon={<Icon name="pencil" />} title={t("meta.edit")} />
  if (state === "in_review" || state === "archived") {
    return (
      <>
        {heading}
        <p className="mb-4 flex items-start gap-2 rounded-xl bg-wool p-3">
          <Icon name="info" className="mt-0.5 text-indigo" />
          {t(state === "in_review" ? "edit.inReview" : "edit.archived")}
        </p>
        <div className="grid gap-3">
          <ListingActions locale={locale} product={product} />
          <Link href={localePath(locale, `/cooperative/listings/${id}`)} className="inline-flex min-h-11 items-center gap-1.5 font-medium text-terracotta-dark hover:underline">
            <Icon name="back" width="18" height="18" />
            {t("edit.backToListing")}
          </Link>
        </div>
      </>
    )
  }
  return (
    <>
      {heading}
      <ListingWizard
        locale={locale}
        memberId={session.member.id}
        productId={product.id}
        state={state}
        initialValues={valuesFromProduct(product, locale)}
        initialImages={product.images}
        options={wizardOptions(locale)}
        text={await loadWizardText(locale)}
        path={path}
      />
    </>
  )
}
