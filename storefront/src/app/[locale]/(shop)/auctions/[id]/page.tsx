import { formatNumber } from "@tiwizi/locale"
import type { Metadata } from "next"
import Image from "next/image"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { BidGate } from "@/components/auction/bid-gate"
import { LivePanel } from "@/components/auction/live-panel"
import { OfferPanel } from "@/components/auction/offer-panel"
import { ProvenanceBlock } from "@/components/catalogue/provenance-block"
import { ChevronForward } from "@/components/icons"
import { localeFromParam } from "@/i18n/locale-param"
import { alternatesFor } from "@/lib/alternates"
import { isLotId } from "@/lib/auction-form"
import { auctionView } from "@/lib/auction-view"
import { getAuction } from "@/lib/data/auctions"
import { getProductByHandle } from "@/lib/data/products"
import { getCurrentRegion } from "@/lib/data/regions"
import { localePath } from "@/lib/locale-path"

type Props = {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

async function load(params: Props["params"]) {
  const { locale: value, id } = await params
  const locale = localeFromParam(value)
  return { locale, state: isLotId(id) ? await getAuction(id, locale) : null }
}

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { locale, state } = await load(params)
  if (!state) return {}
  const t = await getTranslations({ locale, namespace: "Auctions.meta" })
  const { id, product } = state.auction
  return {
    title: t("lot", { title: product.title }),
    description: t("lotDescription", { title: product.title }),
    alternates: alternatesFor(locale, `/auctions/${id}`),
    openGraph: { title: t("lot", { title: product.title }), url: localePath(locale, `/auctions/${id}`), images: product.thumbnail ? [product.thumbnail] : [] },
  }
}

/**
 * One lot: the piece (photos, title, cooperative, a link to its own page and its provenance),
 * then the live part (price, bids, time left, the reader's standing, the bid form, the
 * history), which follows the lot as it changes. A visitor is asked to log in and comes back
 * here; a customer whose email is not verified is told why and where to verify it; the winner
 * sees the date to pay by and the button that opens the checkout with their offer's cart.
 */
export default async function AuctionLotPage({ params, searchParams }: Props) {
  const { locale, state } = await load(params)
  if (!state) notFound()
  setRequestLocale(locale)
  const lot = state.auction
  const region = await getCurrentRegion()
  const [t, tProduct, product] = await Promise.all([
    getTranslations({ locale, namespace: "Auctions" }),
    getTranslations({ locale, namespace: "Product" }),
    getProductByHandle(lot.product.handle, locale, region.id),
  ])
  const view = auctionView(state, t, locale)
  const offerUnavailable = (await searchParams).offer === "unavailable"
  const urls = [...new Set([product?.thumbnail ?? lot.product.thumbnail, ...(product?.images ?? []).map((image) => image.url)].filter((url): url is string => !!url))]
  const productPath = localePath(locale, `/products/${lot.product.handle}`)
  const query = `locale=${locale}`

  return (
    <div className="mx-auto max-w-6xl px-4 pt-6">
      <nav aria-label={t("lot.breadcrumb")} className="mb-5 text-sm text-muted">
        <ol className="flex flex-wrap items-center gap-1.5">
          <li>
            <Link href={localePath(locale)} className="inline-flex min-h-11 items-center hover:text-ink hover:underline">
              {t("lot.home")}
            </Link>
          </li>
          <li className="flex items-center gap-1.5">
            <ChevronForward className="size-3.5" />
            <Link href={localePath(locale, "/auctions")} className="inline-flex min-h-11 items-center hover:text-ink hover:underline">
              {t("lot.auctions")}
            </Link>
          </li>
        </ol>
      </nav>

      <div className="grid gap-8 lg:grid-cols-[7fr_5fr] lg:gap-12">
        <div className="space-y-8">
          {urls.length > 0 && (
            <ul className="grid grid-cols-2 gap-2" aria-label={t("lot.details")}>
              {urls.map((url, index) => (
                <li key={url} className={`relative aspect-[4/5] overflow-hidden rounded-2xl bg-clay ${index === 0 ? "col-span-2" : ""}`}>
                  <Image
                    src={url}
                    alt={t("lot.imageAlt", { title: lot.product.title, index: formatNumber(index + 1, locale) })}
                    fill
                    preload={index === 0}
                    sizes={index === 0 ? "(min-width: 1024px) 640px, 100vw" : "(min-width: 1024px) 320px, 50vw"}
                    className="object-cover"
                  />
                </li>
              ))}
            </ul>
          )}
          {product && (
            <ProvenanceBlock
              cooperative={product.cooperative}
              provenance={product.provenance}
              locale={locale}
              labels={{
                title: tProduct("provenanceTitle"),
                cooperative: tProduct("provenance.cooperative"),
                village: tProduct("provenance.village"),
                commune: tProduct("provenance.commune"),
                province: tProduct("provenance.province"),
                weavers: tProduct("provenance.weavers"),
                oneOfAKind: tProduct("provenance.oneOfAKind"),
                madeToOrder: tProduct("provenance.madeToOrder"),
              }}
            />
          )}
        </div>

        <div className="space-y-6">
          <header className="space-y-2">
            <h1 className="text-3xl font-bold leading-tight tracking-tight">{lot.product.title}</h1>
            {lot.cooperative && <p className="text-ink/75">{t("lot.cooperative", { name: lot.cooperative.name })}</p>}
            <Link href={productPath} className="inline-flex min-h-11 items-center gap-1 font-medium text-indigo underline underline-offset-4">
              {t("lot.product")}
              <ChevronForward className="size-4" />
            </Link>
          </header>

          {offerUnavailable && (
            <p role="alert" className="rounded-2xl bg-wool p-4 font-medium text-terracotta-dark">
              {t("offer.unavailable")}
            </p>
          )}
          {lot.viewer?.offer && <OfferPanel lotId={lot.id} offer={lot.viewer.offer} currency={lot.currency_code} locale={locale} />}

          <LivePanel
            initial={view}
            locale={locale}
            streamUrl={`/api/auctions/${lot.id}/stream?${query}`}
            pollUrl={`/api/auctions/${lot.id}?${query}`}
            labels={{
              phases: { upcoming: t("phase.upcoming"), live: t("phase.live"), ended: t("phase.ended"), cancelled: t("phase.cancelled") },
              endsIn: t("time.endsIn"),
              startsIn: t("time.startsIn"),
              closing: t("time.closing"),
              softClose: t("time.softClose", { n: formatNumber(lot.soft_close_minutes, locale) }),
              history: { title: t("history.title"), empty: t("history.empty"), auto: t("history.auto") },
              form: {
                title: t("form.title"),
                amount: t("form.amount"),
                kind: t("form.kind"),
                bid: t("form.bid"),
                bidHint: t("form.bidHint"),
                max: t("form.max"),
                maxHint: t("form.maxHint"),
                submit: t("form.submit"),
                submitting: t("form.submitting"),
                raiseTitle: t("form.raiseTitle"),
                raiseHint: t("form.raiseHint"),
                raiseSubmit: t("form.raiseSubmit"),
              },
            }}
          >
            <BidGate lot={lot} locale={locale} />
          </LivePanel>
        </div>
      </div>
    </div>
  )
}
