import type { Locale } from "@tiwizi/locale"
import Image from "next/image"
import Link from "next/link"
import { localePath } from "@/lib/locale-path"

type Tile = { handle: string; title: string; thumbnail: string | null }

/**
 * The staff's collections as picture tiles: each shows its newest piece and links to the
 * collection's page. Pictures keep a fixed ratio, so the grid does not move as they load.
 */
export function CollectionTiles({ collections, locale }: { collections: Tile[]; locale: Locale }) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4">
      {collections.map((collection) => (
        <li key={collection.handle}>
          <Link
            href={localePath(locale, `/collections/${collection.handle}`)}
            className="group relative block aspect-[4/5] overflow-hidden rounded-2xl bg-indigo text-sand"
          >
            {collection.thumbnail && (
              <Image
                src={collection.thumbnail}
                alt=""
                fill
                sizes="(min-width: 1024px) 280px, 50vw"
                className="object-cover transition duration-300 group-hover:scale-[1.03]"
              />
            )}
            <span className="absolute inset-x-0 bottom-0 bg-gradient-to-t from-ink/85 to-transparent p-4 pt-12 text-lg font-semibold leading-snug">
              {collection.title}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  )
}
