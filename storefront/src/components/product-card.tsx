import type { Locale } from "@tiwizi/locale"
import Image from "next/image"
import Link from "next/link"
import type { CardProduct } from "@/lib/cards"
import { localePath } from "@/lib/locale-path"
import { Price } from "./price"

export type CardLabels = { from: string; unavailable: string }

/** One product in a grid: picture, translated title, price in the region's currency. */
export function ProductCard({
  product,
  locale,
  labels,
  preload = false,
}: {
  product: CardProduct
  locale: Locale
  labels: CardLabels
  preload?: boolean
}) {
  const price = product.price
  return (
    <article className="group relative flex w-full flex-col overflow-hidden rounded-2xl bg-wool ring-1 ring-clay/60 transition hover:shadow-md">
      <div className="relative aspect-[4/5] overflow-hidden bg-clay">
        {product.thumbnail && (
          <Image
            src={product.thumbnail}
            alt={product.title}
            fill
            preload={preload}
            sizes="(min-width: 1024px) 280px, (min-width: 640px) 33vw, 50vw"
            className="object-cover transition duration-300 group-hover:scale-[1.03]"
          />
        )}
      </div>
      <div className="flex flex-1 flex-col gap-1.5 p-3">
        <h3 className="line-clamp-2 text-[0.95rem] font-medium leading-snug">
          <Link href={localePath(locale, `/products/${product.handle}`)} className="after:absolute after:inset-0">
            {product.title}
          </Link>
        </h3>
        <Price
          className="mt-auto font-semibold text-terracotta-dark"
          money={price}
          locale={locale}
          fromLabel={price?.varies ? labels.from : undefined}
          unavailableLabel={labels.unavailable}
        />
      </div>
    </article>
  )
}

/** A responsive grid of product cards: two columns on a phone, up to four on a desktop. */
export function ProductGrid({
  products,
  locale,
  labels,
  preloadFirst = 0,
}: {
  products: CardProduct[]
  locale: Locale
  labels: CardLabels
  /** How many of the first cards are above the fold on a phone (their images preload). */
  preloadFirst?: number
}) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 lg:grid-cols-4">
      {products.map((product, index) => (
        <li key={product.id} className="flex">
          <ProductCard product={product} locale={locale} labels={labels} preload={index < preloadFirst} />
        </li>
      ))}
    </ul>
  )
}
