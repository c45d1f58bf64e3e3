"use client"

import Image from "next/image"
import { useActionState, useId, useState, type ChangeEvent, type ReactNode } from "react"
import { saveImages } from "@/lib/actions/portal"
import { fitWithin, imageTypes, renamedFor } from "@/lib/portal-image"
import { FormNotice, SubmitButton, type PortalFormLabels } from "./portal-form"

type Picture = { name: "logo" | "cover"; label: string; icon: ReactNode; current: string | null; currentAlt: string; none: string }

type Props = { locale: string; pictures: Picture[]; hint: string; labels: PortalFormLabels; icon: ReactNode }

// Longest side sent to the backend: a logo shows at most ~200 px wide, a cover ~1200 px.
const maxSide = { logo: 512, cover: 1600 }

/**
 * Shrinks the chosen picture in the browser before it is sent: a phone's camera photo (3–6 MB)
 * becomes a few hundred kilobytes, which a slow connection uploads in seconds. A PNG stays a PNG
 * (a logo's transparency), anything else becomes a JPEG. If the browser cannot (no
 * `createImageBitmap`, an unreadable file), the original is sent and the server checks it.
 */
async function shrink(input: HTMLInputElement, side: number): Promise<void> {
  const file = input.files?.[0]
  if (!file || !file.type.startsWith("image/") || typeof createImageBitmap !== "function") return
  const bitmap = await createImageBitmap(file).catch(() => null)
  if (!bitmap) return
  const size = fitWithin(bitmap.width, bitmap.height, side)
  const canvas = document.createElement("canvas")
  canvas.width = size.width
  canvas.height = size.height
  canvas.getContext("2d")?.drawImage(bitmap, 0, 0, size.width, size.height)
  bitmap.close()
  const type = file.type === "image/png" ? "image/png" : "image/jpeg"
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, 0.8))
  // A picture the backend takes that would only grow is sent as it is.
  if (!blob || (blob.size >= file.size && imageTypes.includes(file.type))) return
  const transfer = new DataTransfer()
  transfer.items.add(new File([blob], renamedFor(file.name, type), { type }))
  input.files = transfer.files
}

/** The logo and cover photo: each shown as it is now, with a file input (camera or gallery) to replace it. */
export function ImagesForm({ locale, pictures, hint, labels, icon }: Props) {
  const [state, formAction, pending] = useActionState(saveImages, { status: "idle" })
  const [shrinking, setShrinking] = useState(0)
  const id = useId()
  const errors = state.status === "error" ? state.errors : {}

  const onChange = (name: Picture["name"]) => async (event: ChangeEvent<HTMLInputElement>) => {
    setShrinking((count) => count + 1)
    await shrink(event.currentTarget, maxSide[name]).finally(() => setShrinking((count) => count - 1))
  }

  return (
    <form action={formAction} noValidate className="grid gap-5">
      <input type="hidden" name="locale" value={locale} />
      <FormNotice state={state} labels={labels} />
      <div className="grid gap-5 sm:grid-cols-2">
        {pictures.map((picture) => {
          const error = errors[picture.name]
          const fieldId = `${id}-${picture.name}`
          const described = [error && `${fieldId}-error`, `${id}-hint`].filter(Boolean).join(" ")
          return (
            <div key={picture.name}>
              <label htmlFor={fieldId} className="flex items-center gap-2 font-medium">
                {picture.icon}
                {picture.label}
              </label>
              <div className={`relative mt-2 overflow-hidden rounded-xl bg-clay ${picture.name === "logo" ? "aspect-square w-28" : "aspect-[16/9] w-full"}`}>
                {picture.current ? (
                  <Image src={picture.current} alt={picture.currentAlt} fill sizes={picture.name === "logo" ? "112px" : "(min-width: 640px) 360px, 100vw"} className="object-cover" />
                ) : (
                  <p className="flex h-full items-center justify-center p-2 text-center text-sm text-ink">{picture.none}</p>
                )}
              </div>
              <input
                id={fieldId}
                name={picture.name}
                type="file"
                accept="image/*"
                onChange={onChange(picture.name)}
                aria-invalid={error ? true : undefined}
                aria-describedby={described}
                className="mt-2 block min-h-11 w-full text-sm file:me-3 file:min-h-11 file:rounded-full file:border-0 file:bg-indigo file:px-4 file:font-semibold file:text-sand"
              />
              {error && (
                <p id={`${fieldId}-error`} className="mt-1.5 text-sm font-medium text-terracotta-dark">
                  {labels.errors[error]}
                </p>
              )}
            </div>
          )
        })}
      </div>
      <p id={`${id}-hint`} className="text-sm text-muted">
        {hint}
      </p>
      <div>
        <SubmitButton pending={pending || shrinking > 0} icon={icon} label={pending ? labels.pending : labels.submit} />
      </div>
    </form>
  )
}
