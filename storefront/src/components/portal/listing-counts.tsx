import { formatNumber, type Locale } from "@tiwizi/locale"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import type { VendorSummary } from "@/lib/data/vendor-cooperative"
import { localePath } from "@/lib/locale-path"
import { listingStates, type ListingState } from "@/lib/portal-summary"
import { CheckCircleIcon, ClockIcon, ListIcon, PauseIcon, PenIcon, TagIcon, XCircleIcon } from "./portal-icons"
import { PortalSection } from "./portal-section"

const stateIcons: Record<ListingState, typeof PenIcon> = {
  draft: PenIcon,
  in_review: ClockIcon,
  live: CheckCircleIcon,
  rejected: XCircleIcon,
  archived: PauseIcon,
}

/** How many listings are in each state, each count a link to the list filtered by that state. */
export async function ListingCounts({ locale, counts }: { locale: Locale; counts: VendorSummary["listings"] }) {
  const t = await getTranslations({ locale, namespace: "Portal.home" })
  const list = localePath(locale, "/cooperative/listings")
  return (
    <PortalSection id="listings" icon={<TagIcon />} title={t("listingsTitle")}>
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3">
        {listingStates.map((state) => {
          const Icon = stateIcons[state]
          return (
            <li key={state}>
              <Link
                href={`${list}?${new URLSearchParams({ state })}`}
                className="flex min-h-14 items-center gap-2 rounded-xl bg-sand p-3 ring-1 ring-clay hover:ring-terracotta-dark"
              >
                <Icon />
                <span className="min-w-0 flex-1 text-sm font-medium">{t(`states.${state}`)}</span>
                <span className="text-lg font-bold tabular-nums">{formatNumber(counts[state] ?? 0, locale)}</span>
              </Link>
            </li>
          )
        })}
        <li>
          <Link href={list} className="flex min-h-14 items-center gap-2 rounded-xl p-3 font-semibold text-terracotta-dark underline underline-offset-4">
            <ListIcon />
            {t("allListings")}
          </Link>
        </li>
      </ul>
    </PortalSection>
  )
}
