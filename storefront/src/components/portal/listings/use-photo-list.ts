"use client"

import { useCallback, useRef, useState } from "react"
import type { WizardPhoto } from "@/lib/listing-draft"
import { compressPhoto } from "@/lib/listing-photos"
import { maxPhotos, type ListingErrorCode } from "@/lib/listing-validation"

let counter = 0
/** A photo's id in this browser: unique enough for a list of ten, and needs no secure context. */
const newPhotoId = () => `photo-${Date.now().toString(36)}-${(counter++).toString(36)}`

/**
 * The wizard's photos in display order (the first is the main one). The latest list is also
 * kept in a ref, so that uploads running across renders always read and write the current one.
 * New photos are resized one at a time (a cheap phone holds one decoded photo at a time well).
 */
export function usePhotoList(initial: WizardPhoto[]) {
  const [photos, setState] = useState(initial)
  const current = useRef(initial)
  const [preparing, setPreparing] = useState(false)

  const setPhotos = useCallback((next: WizardPhoto[] | ((previous: WizardPhoto[]) => WizardPhoto[])) => {
    current.current = typeof next === "function" ? next(current.current) : next
    setState(current.current)
  }, [])

  /** Adds the files picked, resized; says what went wrong (too many, unreadable), if anything. */
  const add = useCallback(
    async (files: File[]): Promise<ListingErrorCode | null> => {
      const room = maxPhotos - current.current.length
      let problem: ListingErrorCode | null = files.length > room ? "too_many_photos" : null
      setPreparing(true)
      for (const file of files.slice(0, Math.max(0, room))) {
        try {
          const blob = await compressPhoto(file)
          setPhotos((previous) => [...previous, { id: newPhotoId(), blob, url: null }])
        } catch {
          problem = "photo_unreadable"
        }
      }
      setPreparing(false)
      return problem
    },
    [setPhotos],
  )

  const remove = useCallback((id: string) => setPhotos((previous) => previous.filter((photo) => photo.id !== id)), [setPhotos])

  const makeMain = useCallback(
    (id: string) => setPhotos((previous) => [...previous.filter((photo) => photo.id === id), ...previous.filter((photo) => photo.id !== id)]),
    [setPhotos],
  )

  return { photos, current, preparing, setPhotos, add, remove, makeMain }
}
