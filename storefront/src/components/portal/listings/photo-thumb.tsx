"use client"

import { useEffect, useRef } from "react"
import type { WizardPhoto } from "@/lib/listing-draft"

/**
 * A photo of the wizard as a square thumbnail: a photo taken on this phone is shown from its
 * blob (an object URL, released when the thumbnail goes), one already on the server from its
 * address.
 */
export function PhotoThumb({ photo, alt }: { photo: WizardPhoto; alt: string }) {
  const image = useRef<HTMLImageElement>(null)
  const { blob, url } = photo
  useEffect(() => {
    if (!blob || !image.current) return
    const objectUrl = URL.createObjectURL(blob)
    image.current.src = objectUrl
    return () => URL.revokeObjectURL(objectUrl)
  }, [blob])
  return (
    // A local blob: URL or the backend's file: next/image would optimise neither.
    // eslint-disable-next-line @next/next/no-img-element
    <img ref={image} src={blob ? undefined : (url ?? undefined)} alt={alt} className="aspect-square w-full rounded-xl bg-wool object-cover" />
  )
}
