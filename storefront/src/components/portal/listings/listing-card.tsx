import type { Locale } from "@tiwizi/locale"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { textIn, type VendorProduct } from "@/lib/listing-product"
import { staffReasonOf } from "@/lib/listing-status"
import { localePath } from "@/lib/locale-path"
import { Icon } from "./icon"
import { ListingThumbnail } from "./listing-thumbnail"
import { QuickEditForm } from "./quick-edit-form"
import { StatusBadge } from "./status-badge"

/**
 * One listing in the list: its photo, title (in the page's language, else the one it was
 * written in), state, staff's reason when there is one to fix, and the quick edits of each
 * variant's stock and price (not for an archived listing, which is closed).
 */
export async function ListingCard({ product, locale }: { product: VendorProduct; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "PortalListings" })
  const title = textIn(product.title, locale)
  const reason = staffReasonOf(product)
  const editable = product.listing.state !== "archived"
  return (
    <li className="rounded-2xl border border-clay bg-white p-3">
      <div className="flex gap-3">
        <ListingThumbnail src={product.thumbnail ?? product.images[0] ?? null} />
        <div className="min-w-0 flex-1">
          <h2 className="text-lg font-semibold leading-snug">
            <Link href={localePath(locale, `/cooperative/listings/${product.id}`)} lang={title.lang} className="underline-offset-4 hover:underline">
              {title.value || t("list.untitled")}
            </Link>
          </h2>
          <div className="mt-1.5">
            <StatusBadge state={product.listing.state} label={t(`states.${product.listing.state}`)} />
          </div>
        </div>
      </div>
      {reason && (
        <p className="mt-3 flex items-start gap-2 rounded-xl bg-wool p-3 text-sm">
          <Icon name="alert" width="18" height="18" className="mt-0.5 text-terracotta-dark" />
          <span>
            <span className="font-semibold">{t(reason.kind === "listing" ? "list.reasonListing" : "list.reasonRevision")}</span> {reason.reason}
          </span>
        </p>
      )}
      {editable &&
        product.variants.map((variant) => {
          const context = product.variants.length > 1 ? `${title.value} (${variant.title})` : title.value
          return (
            <div key={variant.id} className="mt-3 border-t border-clay pt-3">
              {product.variants.length > 1 && (
                <p className="mb-1 text-sm font-semibold">
                  <bdi>{variant.title}</bdi>
                </p>
              )}
              <div className="flex flex-wrap gap-x-4 gap-y-1">
                <QuickEditForm locale={locale} productId={product.id} variantId={variant.id} field="stock" value={String(variant.stock)} label={t("quick.stock")} context={context} contextLang={title.lang} />
                <QuickEditForm
                  locale={locale}
                  productId={product.id}
                  variantId={variant.id}
                  field="price"
                  value={variant.prices.mad === undefined ? "" : String(variant.prices.mad)}
                  label={t("quick.price")}
                  context={context}
                  contextLang={title.lang}
                />
              </div>
            </div>
          )
        })}
    </li>
  )
}
