import type { Locale } from "@tiwizi/locale"
import { impactFigures, type Impact, type ImpactKey } from "@/lib/impact"

type Props = { impact: Impact; locale: Locale; title: string; labels: Record<ImpactKey, string> }

/**
 * The home page's figures, computed by the backend from the shop's data: each a large number
 * and the words that say what it counts.
 */
export function ImpactFigures({ impact, locale, title, labels }: Props) {
  return (
    <section aria-labelledby="impact" className="rounded-2xl bg-indigo-dark px-5 py-7 text-sand sm:px-8">
      <h2 id="impact" className="mb-5 text-xl font-semibold tracking-tight sm:text-2xl">
        {title}
      </h2>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-6 lg:grid-cols-4">
        {impactFigures(impact, locale).map(({ key, value }) => (
          <div key={key} className="flex flex-col-reverse gap-1">
            <dt className="text-sm leading-snug text-sand/85">{labels[key]}</dt>
            <dd className="text-3xl font-bold tabular-nums sm:text-4xl">
              <bdi>{value}</bdi>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
