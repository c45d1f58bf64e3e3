import type { Locale } from "@tiwizi/locale"
import Image from "next/image"
import Link from "next/link"
import { localePath } from "@/lib/locale-path"
import { ChevronForward } from "../icons"

type CardCooperative = {
  handle: string
  name: string
  commune: string
  province: string
  women_led: boolean
  rural: boolean
  cover_url?: string | null
}

type Props = {
  cooperative: CardCooperative
  locale: Locale
  labels: { womenLed: string; rural: string; visit: string }
  /** The card's heading level where it stands (a product page's section, or a list). */
  headingLevel?: 2 | 3
}

/**
 * A cooperative in a few words: its name, where it works, what kind of cooperative it is, and a
 * link to its page. The whole card is the link's target area; the cover photo, when the
 * cooperative has one, keeps its space reserved so nothing moves when it loads.
 */
export function CooperativeCard({ cooperative, locale, labels, headingLevel = 3 }: Props) {
  const Heading = `h${headingLevel}` as const
  const badges = [cooperative.women_led && labels.womenLed, cooperative.rural && labels.rural].filter(Boolean) as string[]
  return (
    <article className="relative flex h-full flex-col overflow-hidden rounded-2xl bg-wool ring-1 ring-clay/60 hover:shadow-md">
      {cooperative.cover_url ? (
        <div className="relative aspect-[16/9] bg-clay">
          <Image src={cooperative.cover_url} alt="" fill sizes="(min-width: 1024px) 360px, (min-width: 640px) 50vw, 100vw" className="object-cover" />
        </div>
      ) : (
        <div aria-hidden="true" className="kilim h-3 opacity-70" />
      )}
      <div className="flex flex-1 flex-col gap-2 p-4">
        <Heading className="text-lg font-semibold leading-snug">
          <Link href={localePath(locale, `/cooperatives/${cooperative.handle}`)} className="after:absolute after:inset-0">
            {cooperative.name}
          </Link>
        </Heading>
        <p className="text-sm text-ink/75">
          {cooperative.commune} · {cooperative.province}
        </p>
        {badges.length > 0 && (
          <ul className="flex flex-wrap gap-1.5">
            {badges.map((badge) => (
              <li key={badge} className="rounded-full bg-sand px-2.5 py-0.5 text-xs font-medium text-indigo-dark ring-1 ring-clay">
                {badge}
              </li>
            ))}
          </ul>
        )}
        <span aria-hidden="true" className="mt-auto inline-flex items-center gap-1 pt-1 text-sm font-medium text-indigo">
          {labels.visit}
          <ChevronForward className="size-3.5" />
        </span>
      </div>
    </article>
  )
}
