import { formatMoney, formatNumber } from "@tiwizi/locale"
import type { Metadata } from "next"
import Image from "next/image"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Icon } from "@/components/portal/listings/icon"
import { ListingActions } from "@/components/portal/listings/listing-actions"
import { ListingFacts } from "@/components/portal/listings/listing-facts"
import { ListingNotices } from "@/components/portal/listings/listing-notices"
import { ListingTexts } from "@/components/portal/listings/listing-texts"
import { StatusBadge } from "@/components/portal/listings/status-badge"
import { localeFromParam } from "@/i18n/locale-param"
import { retrieveVendorProduct } from "@/lib/data/vendor-products"
import { requireApprovedMember } from "@/lib/data/vendor"
import { isProductId, textIn } from "@/lib/listing-product"
import { localePath } from "@/lib/locale-path"

type Props = {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const locale = localeFromParam((await params).locale)
  const t = await getTranslations({ locale, namespace: "PortalListings.meta" })
  return { title: t("listing") }
}

/**
 * One listing of the member's cooperative: its state and what to do about it, its photos, texts,
 * facts, prices and stock. Another cooperative's id (or an unknown one) is the portal's 404:
 * the backend answers 404 for it, so nothing of it is ever read.
 */
export default async function ListingPage({ params, searchParams }: Props) {
  const { locale: localeParam, id } = await params
  const locale = localeFromParam(localeParam)
  setRequestLocale(locale)
  await requireApprovedMember(locale, `/cooperative/listings/${encodeURIComponent(id)}`)
  if (!isProductId(id)) notFound()
  const [product, t, query] = await Promise.all([retrieveVendorProduct(id), getTranslations({ locale, namespace: "PortalListings" }), searchParams])
  if (!product) notFound()
  const title = textIn(product.title, locale)
  return (
    <>
      <Link href={localePath(locale, "/cooperative/listings")} className="mb-3 inline-flex min-h-11 items-center gap-1.5 font-medium text-terracotta-dark hover:underline">
        <Icon name="back" width="18" height="18" />
        {t("detail.back")}
      </Link>
      {/* Not the portal's PageHeading: the title may be in another language than the page. */}
      <h1 lang={title.lang} className="text-2xl font-bold tracking-tight sm:text-3xl">
        {title.value || t("list.untitled")}
      </h1>
      <div className="mt-2 mb-4">
        <StatusBadge state={product.listing.state} label={t(`states.${product.listing.state}`)} />
      </div>
      <ListingNotices locale={locale} product={product} done={query.done} failed={query.failed} />
      <div className="mt-4">
        <ListingActions locale={locale} product={product} />
      </div>
      <section aria-labelledby="listing-photos" className="mt-8">
        <h2 id="listing-photos" className="mb-3 flex items-center gap-2 text-lg font-semibold">
          <Icon name="gallery" />
          {t("detail.photos")}
        </h2>
        {product.images.length ? (
          <ul className="grid grid-cols-3 gap-2">
            {product.images.map((url, index) => (
              <li key={url}>
                <Image src={url} alt={t("detail.photoAlt", { index: String(index + 1) })} width={240} height={240} sizes="33vw" className="aspect-square w-full rounded-xl bg-wool object-cover" />
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-muted">{t("detail.noPhotos")}</p>
        )}
      </section>
      <section aria-labelledby="listing-texts" className="mt-8">
        <h2 id="listing-texts" className="mb-3 flex items-center gap-2 text-lg font-semibold">
          <Icon name="globe" />
          {t("detail.texts")}
        </h2>
        <ListingTexts product={product} />
      </section>
      <section aria-labelledby="listing-facts" className="mt-8">
        <h2 id="listing-facts" className="mb-3 flex items-center gap-2 text-lg font-semibold">
          <Icon name="yarn" />
          {t("detail.facts")}
        </h2>
        <ListingFacts locale={locale} product={product} />
      </section>
      <section aria-labelledby="listing-variants" className="mt-8">
        <h2 id="listing-variants" className="mb-3 flex items-center gap-2 text-lg font-semibold">
          <Icon name="tag" />
          {t("detail.variants")}
        </h2>
        <ul className="grid gap-2">
          {product.variants.map((variant) => (
            <li key={variant.id} className="rounded-xl border border-clay bg-white p-3">
              <p className="font-semibold">
                <bdi>{variant.title}</bdi>
              </p>
              <p>
                {t("detail.price", { price: variant.prices.mad === undefined ? "–" : formatMoney(variant.prices.mad, "mad", locale) })} ·{" "}
                {t("detail.stock", { count: variant.stock, n: formatNumber(variant.stock, locale) })}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
