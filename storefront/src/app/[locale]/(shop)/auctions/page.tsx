import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { GavelIcon } from "@/components/auction/gavel-icon"
import { LotGrid } from "@/components/auction/lot-card"
import { localeFromParam } from "@/i18n/locale-param"
import { alternatesFor } from "@/lib/alternates"
import type { AuctionPhase } from "@/lib/auction-types"
import { listAuctions } from "@/lib/data/auctions"
import { localePath } from "@/lib/locale-path"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeFromParam((await params).locale)
  const [t, tMeta] = await Promise.all([getTranslations({ locale, namespace: "Auctions.meta" }), getTranslations({ locale, namespace: "Metadata" })])
  return {
    title: t("list"),
    description: t("listDescription"),
    alternates: alternatesFor(locale, "/auctions"),
    openGraph: { title: t("list"), description: t("listDescription"), url: localePath(locale, "/auctions"), siteName: tMeta("siteName"), type: "website" },
  }
}

const sections: { phase: AuctionPhase; key: "live" | "upcoming" | "sold"; limit: number }[] = [
  { phase: "live", key: "live", limit: 24 },
  { phase: "upcoming", key: "upcoming", limit: 12 },
  { phase: "ended", key: "sold", limit: 12 },
]

/**
 * The auctions: lots running now (ending soonest first), lots to come (starting soonest first),
 * and lots recently sold with their hammer prices. Read fresh on every request: prices and
 * times left are the server's as of this page.
 */
export default async function AuctionsPage({ params }: Props) {
  const locale = localeFromParam((await params).locale)
  setRequestLocale(locale)
  const [t, ...lists] = await Promise.all([
    getTranslations({ locale, namespace: "Auctions.list" }),
    ...sections.map((section) => listAuctions(section.phase, locale, { limit: section.limit })),
  ])
  return (
    <div className="mx-auto max-w-6xl px-4 pt-8">
      <header className="mb-8 space-y-2">
        <h1 className="flex items-center gap-3 text-3xl font-bold tracking-tight">
          <GavelIcon width={30} height={30} className="text-terracotta-dark" />
          {t("title")}
        </h1>
        <p className="max-w-2xl text-ink/80">{t("intro")}</p>
        <Link href={localePath(locale, "/account/bids")} className="inline-flex min-h-11 items-center font-medium text-indigo underline underline-offset-4">
          {t("myBids")}
        </Link>
      </header>
      {sections.map((section, index) => {
        const { auctions, server_time } = lists[index]
        return (
          <section key={section.key} aria-labelledby={`auctions-${section.key}`} className="mb-12">
            <h2 id={`auctions-${section.key}`} className="mb-4 text-xl font-semibold tracking-tight sm:text-2xl">
              {t(section.key)}
            </h2>
            {auctions.length > 0 ? (
              <LotGrid lots={auctions} serverTime={server_time} locale={locale} preloadFirst={index === 0 ? 2 : 0} />
            ) : (
              <p className="rounded-2xl bg-wool p-6">{t(`${section.key}Empty`)}</p>
            )}
          </section>
        )
      })}
    </div>
  )
}
