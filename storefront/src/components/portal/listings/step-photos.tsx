"use client"

import type { ChangeEvent } from "react"
import type { WizardPhoto } from "@/lib/listing-draft"
import { fill } from "@/lib/listing-text"
import { maxPhotos } from "@/lib/listing-validation"
import { Icon } from "./icon"
import { PhotoThumb } from "./photo-thumb"
import { FieldError } from "./wizard-fields"
import type { WizardText } from "./wizard-text"

type Props = {
  photos: WizardPhoto[]
  preparing: boolean
  error?: string
  text: WizardText["wizard"]["photos"]
  onAdd: (files: File[]) => void
  onRemove: (id: string) => void
  onMain: (id: string) => void
}

const pickerClass =
  "flex min-h-16 cursor-pointer items-center justify-center gap-3 rounded-2xl border-2 px-4 text-lg font-semibold has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-indigo"

/**
 * Step 1: photos, taken with the camera or picked from the gallery (several at once). The first
 * photo is the main one; any other can be made main, any can be removed.
 */
export function StepPhotos({ photos, preparing, error, text, onAdd, onRemove, onMain }: Props) {
  const add = (event: ChangeEvent<HTMLInputElement>) => {
    onAdd(Array.from(event.target.files ?? []))
    // The same photo can be picked again after it was removed.
    event.target.value = ""
  }
  const full = photos.length >= maxPhotos
  return (
    <div className="grid gap-4">
      <p>{text.intro}</p>
      <div className="grid gap-3 sm:grid-cols-2">
        <label className={`${pickerClass} border-terracotta bg-terracotta text-sand`}>
          <Icon name="camera" width="28" height="28" />
          {text.camera}
          <input type="file" accept="image/*" capture="environment" disabled={full} onChange={add} className="sr-only" aria-invalid={error ? true : undefined} aria-describedby={error ? "photos-error" : undefined} />
        </label>
        <label className={`${pickerClass} border-indigo bg-white text-indigo`}>
          <Icon name="gallery" width="28" height="28" />
          {text.gallery}
          <input type="file" accept="image/*" multiple disabled={full} onChange={add} className="sr-only" aria-invalid={error ? true : undefined} aria-describedby={error ? "photos-error" : undefined} />
        </label>
      </div>
      <p aria-live="polite" className="min-h-6 text-sm text-muted">
        {preparing ? text.preparing : ""}
      </p>
      <FieldError id="photos-error" message={error} />
      {photos.length > 0 && (
        <ul aria-label={text.list} className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          {photos.map((photo, index) => {
            const which = <span className="sr-only">{fill(text.which, { index: index + 1 })}</span>
            return (
              <li key={photo.id} className="rounded-2xl border border-clay bg-white p-2">
                <PhotoThumb photo={photo} alt={fill(text.alt, { index: index + 1 })} />
                {index === 0 ? (
                  <p className="mt-2 flex min-h-11 items-center justify-center gap-1.5 text-sm font-semibold text-olive">
                    <Icon name="star" width="18" height="18" />
                    {text.main}
                  </p>
                ) : (
                  <button
                    type="button"
                    onClick={() => onMain(photo.id)}
                    className="mt-2 flex min-h-11 w-full items-center justify-center gap-1.5 rounded-full border border-indigo px-2 text-sm font-semibold text-indigo"
                  >
                    <Icon name="star" width="18" height="18" />
                    <span>
                      {text.makeMain} {which}
                    </span>
                  </button>
                )}
                <button
                  type="button"
                  onClick={() => onRemove(photo.id)}
                  className="mt-2 flex min-h-11 w-full items-center justify-center gap-1.5 rounded-full border border-terracotta-dark px-2 text-sm font-semibold text-terracotta-dark"
                >
                  <Icon name="trash" width="18" height="18" />
                  <span>
                    {text.remove} {which}
                  </span>
                </button>
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
