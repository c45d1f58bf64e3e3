"use client"

import Image from "next/image"
import { useState } from "react"

type Props = {
  images: { url: string; alt: string }[]
  /** Accessible name of the gallery ("Photos du produit"). */
  label: string
  /** One label per thumbnail ("Afficher la photo 2 sur 5"), already translated. */
  thumbnailLabels: string[]
}

/**
 * The product's photos: one large picture and a row of thumbnails that choose it. Thumbnails
 * are buttons (keyboard and screen readers work as usual) and say which one is shown.
 */
export function Gallery({ images, label, thumbnailLabels }: Props) {
  const [selected, setSelected] = useState(0)
  const current = images[selected] ?? images[0]
  if (!current) return <div className="aspect-[4/5] rounded-2xl bg-wool" />
  return (
    <section aria-label={label} className="space-y-3">
      {/* Whole photo, never cropped: a carpet's border matters, and photos come in both orientations. */}
      <div className="relative aspect-[4/5] overflow-hidden rounded-2xl bg-wool">
        <Image
          key={current.url}
          src={current.url}
          alt={current.alt}
          fill
          preload={selected === 0}
          sizes="(min-width: 1024px) 640px, 100vw"
          className="object-contain"
        />
      </div>
      {images.length > 1 && (
        <ul className="flex gap-2 overflow-x-auto pb-1">
          {images.map((image, index) => (
            <li key={image.url} className="shrink-0">
              <button
                type="button"
                onClick={() => setSelected(index)}
                aria-label={thumbnailLabels[index]}
                aria-pressed={index === selected}
                className="relative block size-16 overflow-hidden rounded-lg ring-2 ring-transparent aria-pressed:ring-terracotta sm:size-20"
              >
                <Image src={image.url} alt="" fill sizes="80px" className="object-cover" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
