import { formatMoney, formatNumber } from "@tiwizi/locale"
import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { AddToCart, type VariantChoice } from "@/components/add-to-cart"
import { Gallery } from "@/components/gallery"
import { ChevronForward } from "@/components/icons"
import { localeFromParam } from "@/i18n/locale-param"
import { cartErrorCodes } from "@/lib/errors"
import { getProductByHandle } from "@/lib/data/products"
import { getCurrentRegion } from "@/lib/data/regions"
import { localePath } from "@/lib/locale-path"
import { variantPrice } from "@/lib/pricing"
import { productFacts } from "@/lib/product-facts"
import { canBuy, stockState, type StockState } from "@/lib/stock"

type Props = { params: Promise<{ locale: string; handle: string }> }

async function load(params: Props["params"]) {
  const { locale: value, handle } = await params
  const locale = localeFromParam(value)
  const region = await getCurrentRegion()
  return { locale, product: await getProductByHandle(handle, locale, region.id) }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, product } = await load(params)
  if (!product) return {}
  const t = await getTranslations({ locale, namespace: "Metadata" })
  const description = product.subtitle || product.description?.slice(0, 160) || t("productDescription", { title: product.title })
  return {
    title: product.title,
    description,
    openGraph: { title: product.title, description, images: product.thumbnail ? [product.thumbnail] : [] },
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
  const { locale, product } = await load(params)
  if (!product) notFound()
  setRequestLocale(locale)
  const [t, tPrice, tErrors] = await Promise.all([
    getTranslations({ locale, namespace: "Product" }),
    getTranslations({ locale, namespace: "Price" }),
    getTranslations({ locale, namespace: "Errors" }),
  ])

  const urls = [...new Set([product.thumbnail, ...(product.images ?? []).map((i) => i.url)].filter((u): u is string => !!u))]
  const images = urls.map((url, i) => ({ url, alt: t("imageAlt", { title: product.title, index: formatNumber(i + 1, locale) }) }))
  const thumbnailLabels = urls.map((_, i) =>
    t("showImage", { index: formatNumber(i + 1, locale), total: formatNumber(urls.length, locale) }),
  )
  const variants: VariantChoice[] = (product.variants ?? []).map((variant) => {
    const price = variantPrice(variant)
    const state = stockState(variant)
    const stock = stockMessage(state)
    const optionValues = (variant.options ?? []).map((o) => o.value).filter(Boolean)
    return {
      id: variant.id,
      label: optionValues.length > 0 ? optionValues.join(" · ") : variant.title || product.title,
      price: price ? formatMoney(price.amount, price.currency, locale) : tPrice("unavailable"),
      stock: t(stock.key, { n: formatNumber(stock.count ?? 0, locale) }),
      available: canBuy(state) && price !== null,
    }
  })
  const facts = productFacts(product, locale)
  const category = product.categories?.[0]
  const optionTitles = (product.options ?? []).map((o) => o.title).join(" · ")
  const paragraphs = (product.description ?? "").split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)

  return (
    <div className="mx-auto max-w-6xl px-4 pt-6">
      <nav aria-label={t("breadcrumb")} className="mb-5 text-sm text-muted">
        <ol className="flex flex-wrap items-center gap-1.5">
          <li>
            <Link href={localePath(locale)} className="hover:text-ink hover:underline">{t("home")}</Link>
          </li>
          {category && (
            <li className="flex items-center gap-1.5">
              <ChevronForward className="size-3.5" />
              <Link href={localePath(locale, `/categories/${category.handle}`)} className="hover:text-ink hover:underline">
                {category.name}
              </Link>
            </li>
          )}
        </ol>
      </nav>

      <div className="grid gap-8 lg:grid-cols-[7fr_5fr] lg:gap-12">
        <Gallery images={images} label={t("gallery")} thumbnailLabels={thumbnailLabels} />

        <div className="space-y-6">
          <header className="space-y-2">
            <h1 className="text-3xl font-bold leading-tight tracking-tight">{product.title}</h1>
            {product.subtitle && <p className="text-lg text-ink/75">{product.subtitle}</p>}
          </header>

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

          {Object.keys(facts).length > 0 && (
            <section aria-labelledby="facts" className="rounded-2xl bg-wool p-5">
              <h2 id="facts" className="mb-3 font-semibold">{t("factsTitle")}</h2>
              <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
                {facts.dimensions && (
                  <>
                    <dt className="text-muted">{t("dimensions")}</dt>
                    <dd><bdi>{t("dimensionsValue", facts.dimensions)}</bdi></dd>
                  </>
                )}
                {facts.weight && (
                  <>
                    <dt className="text-muted">{t("weight")}</dt>
                    <dd><bdi>{facts.weight}</bdi></dd>
                  </>
                )}
                {facts.material && (
                  <>
                    <dt className="text-muted">{t("material")}</dt>
                    <dd>{facts.material}</dd>
                  </>
                )}
                {facts.origin && (
                  <>
                    <dt className="text-muted">{t("origin")}</dt>
                    <dd>{facts.origin}</dd>
                  </>
                )}
                {category && (
                  <>
                    <dt className="text-muted">{t("category")}</dt>
                    <dd>{category.name}</dd>
                  </>
                )}
              </dl>
            </section>
          )}

          {paragraphs.length > 0 && (
            <section aria-labelledby="description" className="space-y-3">
              <h2 id="description" className="font-semibold">{t("descriptionTitle")}</h2>
              {paragraphs.map((paragraph, i) => (
                <p key={i} className="leading-relaxed text-ink/85">{paragraph}</p>
              ))}
            </section>
          )}
        </div>
      </div>
    </div>
  )
}
