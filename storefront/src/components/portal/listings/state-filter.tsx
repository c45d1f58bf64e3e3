import type { Locale } from "@tiwizi/locale"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { listingStates, type ListingState } from "@/lib/listing-product"
import { localePath } from "@/lib/locale-path"
import { Icon } from "./icon"
import { stateIcons } from "./status-badge"

/** Links that show the listings of one state (`?state=`), or all of them; the current one is marked. */
export async function StateFilter({ locale, current }: { locale: Locale; current: ListingState | undefined }) {
  const t = await getTranslations({ locale, namespace: "PortalListings" })
  const base = localePath(locale, "/cooperative/listings")
  const choices: { state: ListingState | undefined; label: string }[] = [
    { state: undefined, label: t("list.all") },
    ...listingStates.map((state) => ({ state, label: t(`states.${state}`) })),
  ]
  return (
    <nav aria-label={t("list.filter")} className="-mx-4 overflow-x-auto px-4">
      <ul className="flex gap-2 pb-1">
        {choices.map(({ state, label }) => {
          const active = state === current
          return (
            <li key={state ?? "all"} className="shrink-0">
              <Link
                href={state ? `${base}?state=${state}` : base}
                aria-current={active ? "page" : undefined}
                className={`inline-flex min-h-11 items-center gap-1.5 rounded-full border px-4 text-sm font-semibold ${active ? "border-indigo bg-indigo text-sand" : "border-clay bg-white hover:bg-wool"}`}
              >
                <Icon name={state ? stateIcons[state] : "stack"} width="18" height="18" />
                {label}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
