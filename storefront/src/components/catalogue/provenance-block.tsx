import type { Locale } from "@tiwizi/locale"
import Link from "next/link"
import type { ReactNode } from "react"
import { localePath } from "@/lib/locale-path"
import type { ProductCooperative, ProductProvenance } from "@/lib/product-origin"

type Labels = {
  title: string
  cooperative: string
  village: string
  commune: string
  province: string
  weavers: string
  oneOfAKind: string
  madeToOrder: string
}

type Props = {
  cooperative: ProductCooperative | null | undefined
  provenance: ProductProvenance | null | undefined
  /** The cooperative's story in the reader's language, when known. */
  story?: string | null
  locale: Locale
  labels: Labels
}

/**
 * Who made the piece and where: the cooperative, the village and commune, the province, the
 * weavers when they agreed to be named (the backend withholds names otherwise), and the
 * cooperative's story.
 */
export function ProvenanceBlock({ cooperative, provenance, story, locale, labels }: Props) {
  if (!cooperative && !provenance) return null
  const weavers = provenance?.weaver_consent ? (provenance.weaver_names ?? []).filter(Boolean) : []
  const rows: [string, ReactNode][] = []
  if (cooperative) {
    rows.push([
      labels.cooperative,
      <Link key="link" href={localePath(locale, `/cooperatives/${cooperative.handle}`)} className="font-medium text-indigo underline underline-offset-4">
        {cooperative.name}
      </Link>,
    ])
  }
  if (provenance?.village) rows.push([labels.village, provenance.village])
  if (cooperative) rows.push([labels.commune, cooperative.commune], [labels.province, cooperative.province])
  if (weavers.length > 0) rows.push([labels.weavers, weavers.join(", ")])
  // The piece's own labels (a certification, a registry) are written by the cooperative, shown as given.
  const badges = [
    provenance?.one_of_a_kind && labels.oneOfAKind,
    provenance?.made_to_order && labels.madeToOrder,
    ...(provenance?.labels ?? []),
  ].filter(Boolean) as string[]
  const firstParagraph = story?.split(/\n\s*\n/)[0]?.trim()

  return (
    <section aria-labelledby="provenance" className="space-y-3">
      <h2 id="provenance" className="font-semibold">
        {labels.title}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-muted">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {badges.length > 0 && (
        <ul className="flex flex-wrap gap-1.5">
          {badges.map((badge) => (
            <li key={badge} className="rounded-full bg-wool px-2.5 py-0.5 text-xs font-medium ring-1 ring-clay">
              {badge}
            </li>
          ))}
        </ul>
      )}
      {firstParagraph && <p className="leading-relaxed text-ink/85">{firstParagraph}</p>}
    </section>
  )
}
