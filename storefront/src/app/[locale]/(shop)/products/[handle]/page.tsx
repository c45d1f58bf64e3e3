import { formatMoney, formatNumber, isCurrency, type CurrencyCode } from "@tiwizi/locale"
import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { AddToCart, type VariantChoice } from "@/components/add-to-cart"
import { OnAuction } from "@/components/auction/on-auction"
import { CooperativeCard } from "@/components/catalogue/cooperative-card"
import { JsonLd } from "@/components/catalogue/json-ld"
import { ProductSpecs } from "@/components/catalogue/product-specs"
import { ProvenanceBlock } from "@/components/catalogue/provenance-block"
import { ShareLinks } from "@/components/catalogue/share-links"
import { Gallery } from "@/components/gallery"
import { ChevronForward } from "@/components/icons"
import { ProductGrid } from "@/components/product-card"
import { SectionHeading } from "@/components/section-heading"
import { localeFromParam } from "@/i18n/locale-param"
import { alternatesFor } from "@/lib/alternates"
import { listProductAuctions } from "@/lib/data/auctions"
import { getCooperativeByHandle } from "@/lib/data/cooperatives"
import { getProductByHandle, listRelatedProducts } from "@/lib/data/products"
import { getCurrentRegion } from "@/lib/data/regions"
import { cartErrorCodes } from "@/lib/errors"
import { localePath } from "@/lib/locale-path"
import { variantPrice, type Money } from "@/lib/pricing"
import { productJsonLd } from "@/lib/product-json-ld"
import { defaultCurrency } from "@/lib/shop"
import { siteUrl } from "@/lib/site-url"
import { specKeys, specTable } from "@/lib/spec-table"
import { canBuy, stockState, type StockState } from "@/lib/stock"

type Props = { params: Promise<{ locale: string; handle: string }> }

async function load(params: Props["params"]) {
  const { locale: value, handle } = await params
  const locale = localeFromParam(value)
  const region = await getCurrentRegion()
  return { locale, region, product: await getProductByHandle(handle, locale, region.id) }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, product } = await load(params)
  if (!product) return {}
  const t = await getTranslations({ locale, namespace: "Metadata" })
  const description = product.subtitle || product.description?.slice(0, 160) || t("productDescription", { title: product.title })
  const path = `/products/${product.handle}`
  return {
    title: product.title,
    description,
    alternates: alternatesFor(locale, path),
    openGraph: {
      title: product.title,
      description,
      url: localePath(locale, path),
      siteName: t("siteName"),
      type: "website",
      images: product.thumbnail ? [product.thumbnail] : [],
    },
  }
}

function stockMessage(state: StockState): { key: "stockIn" | "stockLow" | "stockUnique" | "stockBackorder" | "stockOut"; count?: number } {
  switch (state.kind) {
    case "in_stock":
      return { key: "stockIn" }
    case "low":
      return { key: "stockLow", count: state.count }
    case "unique":
      return { key: "stockUnique" }
    case "backorder":
      return { key: "stockBackorder" }
    case "out_of_stock":
      return { key: "stockOut" }
  }
}

export default async function ProductPage({ params }: Props) {
  const { locale, region, product } = await load(params)
  if (!product) notFound()
  setRequestLocale(locale)
  const code = region.currency_code.toLowerCase()
  const currency: CurrencyCode = isCurrency(code) ? code : defaultCurrency
  const [t, tPrice, tErrors, tCooperative, cooperative, related, [auction]] = await Promise.all([
    getTranslations({ locale, namespace: "Product" }),
    getTranslations({ locale, namespace: "Price" }),
    getTranslations({ locale, namespace: "Errors" }),
    getTranslations({ locale, namespace: "Cooperative" }),
    product.cooperative ? getCooperativeByHandle(product.cooperative.handle, locale) : null,
    listRelatedProducts(product, locale, currency),
    listProductAuctions(product.id, locale),
  ])

  const urls = [...new Set([product.thumbnail, ...(product.images ?? []).map((i) => i.url)].filter((u): u is string => !!u))]
  const n = (value: number) => formatNumber(value, locale)
  const images = urls.map((url, i) => ({ url, alt: t("imageAlt", { title: product.title, index: n(i + 1) }) }))
  const offers: { price: Money; stock: StockState }[] = []
  const variants: VariantChoice[] = (product.variants ?? []).map((variant) => {
    const price = variantPrice(variant)
    const state = stockState(variant)
    const stock = stockMessage(state)
    if (price) offers.push({ price, stock: state })
    const optionValues = (variant.options ?? []).map((o) => o.value).filter(Boolean)
    return {
      id: variant.id,
      label: optionValues.length > 0 ? optionValues.join(" · ") : variant.title || product.title,
      price: price ? formatMoney(price.amount, price.currency, locale) : tPrice("unavailable"),
      stock: t(stock.key, { n: n(stock.count ?? 0) }),
      available: canBuy(state) && price !== null,
    }
  })
  const specs = specTable(product, product.provenance, locale, {
    dimensions: (size) => t("dimensionsValue", size),
    knotDensity: (count) => t("knotDensityValue", { n: count }),
    dyeKinds: { natural: t("dyeKinds.natural"), undyed: t("dyeKinds.undyed"), synthetic: t("dyeKinds.synthetic") },
  })
  const category = product.categories?.[0]
  const optionTitles = (product.options ?? []).map((o) => o.title).join(" · ")
  const paragraphs = (product.description ?? "").split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)
  const base = siteUrl()
  const url = `${base}${localePath(locale, `/products/${product.handle}`)}`
  const absolute = (src: string) => new URL(src, base).toString()
  const cooperativeUrl = product.cooperative && `${base}${localePath(locale, `/cooperatives/${product.cooperative.handle}`)}`

  return (
    <div className="mx-auto max-w-6xl px-4 pt-6">
      <JsonLd
        data={productJsonLd({
          name: product.title,
          description: product.description ?? product.subtitle ?? null,
          url,
          images: urls.map(absolute),
          sku: product.variants?.length === 1 ? product.variants[0].id : undefined,
          cooperative: product.cooperative && cooperativeUrl ? { name: product.cooperative.name, url: cooperativeUrl } : null,
          offers,
        })}
      />
      <nav aria-label={t("breadcrumb")} className="mb-5 text-sm text-muted">
        <ol className="flex flex-wrap items-center gap-1.5">
          <li>
            <Link href={localePath(locale)} className="inline-flex min-h-11 items-center hover:text-ink hover:underline">{t("home")}</Link>
          </li>
          {category && (
            <li className="flex items-center gap-1.5">
              <ChevronForward className="size-3.5" />
              <Link href={localePath(locale, `/categories/${category.handle}`)} className="inline-flex min-h-11 items-center hover:text-ink hover:underline">
                {category.name}
              </Link>
            </li>
          )}
        </ol>
      </nav>

      <div className="grid gap-8 lg:grid-cols-[7fr_5fr] lg:gap-12">
        <Gallery
          images={images}
          label={t("gallery")}
          thumbnailLabels={urls.map((_, i) => t("showImage", { index: n(i + 1), total: n(urls.length) }))}
          zoomLabels={urls.map((_, i) => t("zoom", { index: n(i + 1) }))}
          dialogLabels={urls.map((_, i) => t("zoomDialog", { title: product.title, index: n(i + 1), total: n(urls.length) }))}
          controls={{ zoomIn: t("zoomIn"), zoomOut: t("zoomOut"), close: t("close"), previous: t("previousImage"), next: t("nextImage") }}
        />

        <div className="space-y-6">
          <header className="space-y-2">
            <h1 className="text-3xl font-bold leading-tight tracking-tight">{product.title}</h1>
            {product.subtitle && <p className="text-lg text-ink/75">{product.subtitle}</p>}
          </header>

          {auction ? (
            <OnAuction lot={auction} locale={locale} />
          ) : (
            <AddToCart
              variants={variants}
              locale={locale}
              cartHref={localePath(locale, "/cart")}
              labels={{
                choose: optionTitles ? t("chooseVariantOf", { options: optionTitles }) : t("chooseVariant"),
                addToCart: t("addToCart"),
                adding: t("adding"),
                added: t("added"),
                viewCart: t("viewCart"),
                soldOut: t("soldOut"),
                errors: Object.fromEntries(cartErrorCodes.map((code) => [code, tErrors(code)])) as Record<(typeof cartErrorCodes)[number], string>,
              }}
            />
          )}

          <ProductSpecs
            rows={specs}
            title={t("factsTitle")}
            labels={Object.fromEntries(specKeys.map((key) => [key, t(`specs.${key}`)])) as Record<(typeof specKeys)[number], string>}
          />

          <ProvenanceBlock
            cooperative={product.cooperative}
            provenance={product.provenance}
            story={cooperative?.story}
            locale={locale}
            labels={{
              title: t("provenanceTitle"),
              cooperative: t("provenance.cooperative"),
              village: t("provenance.village"),
              commune: t("provenance.commune"),
              province: t("provenance.province"),
              weavers: t("provenance.weavers"),
              oneOfAKind: t("provenance.oneOfAKind"),
              madeToOrder: t("provenance.madeToOrder"),
            }}
          />

          {paragraphs.length > 0 && (
            <section aria-labelledby="description" className="space-y-3">
              <h2 id="description" className="font-semibold">{t("descriptionTitle")}</h2>
              {paragraphs.map((paragraph, i) => (
                <p key={i} className="leading-relaxed text-ink/85">{paragraph}</p>
              ))}
            </section>
          )}

          {product.cooperative && (
            <section aria-labelledby="cooperative" className="space-y-3">
              <h2 id="cooperative" className="font-semibold">{t("cooperativeTitle")}</h2>
              <CooperativeCard
                cooperative={{ ...product.cooperative, cover_url: cooperative?.cover_url }}
                locale={locale}
                labels={{ womenLed: tCooperative("womenLed"), rural: tCooperative("rural"), visit: tCooperative("visit") }}
              />
            </section>
          )}

          <ShareLinks
            url={url}
            title={product.title}
            labels={{
              title: t("shareTitle"),
              names: { whatsapp: t("share.whatsapp"), facebook: t("share.facebook"), x: t("share.x"), email: t("share.email") },
              shareOn: (name) => t("shareOn", { name }),
              copy: t("share.copy"),
              copied: t("share.copied"),
            }}
          />
        </div>
      </div>

      {related.length > 0 && (
        <section aria-labelledby="related" className="mt-14">
          <SectionHeading id="related" title={t("relatedTitle")} />
          <ProductGrid products={related} locale={locale} labels={{ from: tPrice("from"), unavailable: tPrice("unavailable") }} />
        </section>
      )}
    </div>
  )
}
