import { formatNumber } from "@tiwizi/locale"
import type { Metadata } from "next"
import Image from "next/image"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { ListingResults } from "@/components/catalogue/listing-results"
import { ChevronForward } from "@/components/icons"
import { localeFromParam } from "@/i18n/locale-param"
import { getCooperativeByHandle } from "@/lib/data/cooperatives"
import { listingState } from "@/lib/listing"
import { listingMetadata } from "@/lib/listing-metadata"
import { localePath } from "@/lib/locale-path"

type Props = {
  params: Promise<{ locale: string; handle: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale: value, handle } = await params
  const locale = localeFromParam(value)
  const cooperative = await getCooperativeByHandle(handle, locale)
  if (!cooperative) return {}
  const t = await getTranslations({ locale, namespace: "Metadata" })
  const description = t("cooperativeDescription", { name: cooperative.name, label: `${cooperative.commune}, ${cooperative.province}` })
  return listingMetadata({
    locale,
    path: `/cooperatives/${cooperative.handle}`,
    title: cooperative.name,
    description,
    state: listingState(await searchParams, "cooperative"),
    siteName: t("siteName"),
    image: cooperative.cover_url,
  })
}

export default async function CooperativePage({ params, searchParams }: Props) {
  const { locale: value, handle } = await params
  const locale = localeFromParam(value)
  setRequestLocale(locale)
  const [cooperative, t, tProduct] = await Promise.all([
    getCooperativeByHandle(handle, locale),
    getTranslations({ locale, namespace: "Cooperative" }),
    getTranslations({ locale, namespace: "Product" }),
  ])
  if (!cooperative) notFound()
  const n = (value: number) => formatNumber(value, locale)
  const labels = [cooperative.women_led && t("womenLed"), cooperative.rural && t("rural")].filter(Boolean) as string[]
  const paragraphs = cooperative.story.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)
  const facts: [string, string][] = [
    [t("members"), n(cooperative.member_count)],
    [t("womenMembers"), n(cooperative.women_member_count)],
    // A year, not a quantity: no thousands separator.
    [t("founded"), String(cooperative.founded_year)],
  ]
  const place: [string, string][] = [
    [t("commune"), cooperative.commune],
    [t("province"), cooperative.province],
    [t("region"), cooperative.region],
  ]

  return (
    <div className="mx-auto max-w-6xl px-4 pt-6">
      <nav aria-label={tProduct("breadcrumb")} className="mb-5 text-sm text-muted">
        <ol className="flex flex-wrap items-center gap-1.5">
          <li>
            <Link href={localePath(locale)} className="inline-flex min-h-11 items-center hover:text-ink hover:underline">
              {tProduct("home")}
            </Link>
          </li>
          <li className="flex items-center gap-1.5">
            <ChevronForward className="size-3.5" />
            <Link href={localePath(locale, "/cooperatives")} className="inline-flex min-h-11 items-center hover:text-ink hover:underline">
              {t("breadcrumb")}
            </Link>
          </li>
        </ol>
      </nav>

      <header className="mb-8 grid gap-6 lg:grid-cols-[7fr_5fr] lg:gap-12">
        <div className="space-y-4">
          <h1 className="text-3xl font-bold leading-tight tracking-tight sm:text-4xl">{cooperative.name}</h1>
          <p className="text-ink/75">
            {cooperative.commune} · {cooperative.province} · {cooperative.region}
          </p>
          {labels.length > 0 && (
            <ul aria-label={t("labelsTitle")} className="flex flex-wrap gap-2">
              {labels.map((label) => (
                <li key={label} className="rounded-full bg-indigo px-3 py-1 text-sm font-medium text-sand">
                  {label}
                </li>
              ))}
            </ul>
          )}
          {paragraphs.length > 0 && (
            <section aria-labelledby="story" className="space-y-3">
              <h2 id="story" className="text-lg font-semibold">
                {t("storyTitle")}
              </h2>
              {paragraphs.map((paragraph, i) => (
                <p key={i} className="leading-relaxed text-ink/85">
                  {paragraph}
                </p>
              ))}
            </section>
          )}
        </div>
        <div className="space-y-4">
          {cooperative.cover_url && (
            <div className="relative aspect-[16/9] overflow-hidden rounded-2xl bg-clay">
              <Image src={cooperative.cover_url} alt="" fill preload sizes="(min-width: 1024px) 460px, 100vw" className="object-cover" />
            </div>
          )}
          {[
            { id: "figures", title: t("figuresTitle"), rows: facts },
            { id: "place", title: t("placeTitle"), rows: place },
          ].map((box) => (
            <section key={box.id} aria-labelledby={box.id} className="rounded-2xl bg-wool p-5">
              <h2 id={box.id} className="mb-3 font-semibold">
                {box.title}
              </h2>
              <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
                {box.rows.map(([label, value]) => (
                  <div key={label} className="contents">
                    <dt className="text-muted">{label}</dt>
                    <dd className="tabular-nums">{value}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </header>

      <section aria-labelledby="products">
        <h2 id="products" className="mb-1 text-xl font-semibold tracking-tight sm:text-2xl">
          {t("productsTitle")}
        </h2>
        <ListingResults
          locale={locale}
          state={listingState(await searchParams, "cooperative")}
          scope={{ cooperative_handle: { $in: [cooperative.handle] } }}
          basePath={localePath(locale, `/cooperatives/${cooperative.handle}`)}
          hiddenGroups={["cooperative", "province"]}
          emptyText={t("productsEmpty")}
          preloadFirst={0}
        />
      </section>
    </div>
  )
}
