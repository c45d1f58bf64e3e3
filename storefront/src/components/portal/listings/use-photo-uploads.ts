"use client"

import { useState } from "react"
import type { WizardPhoto } from "@/lib/listing-draft"
import { photoFileName } from "@/lib/listing-photos"
import { withPendingChanges } from "@/lib/listing-prefill"
import { withRetry } from "@/lib/listing-retry"
import { sendPhoto } from "@/lib/listing-upload"

/** Where one photo's upload stands: its share sent (0 to 1) and, while retrying, the try it is at. */
export type PhotoUpload = { state: "waiting" | "sending" | "retrying" | "failed" | "done"; share: number; attempt: number }

/** How a round of uploads ended: all sent, or stopped at a photo (with the HTTP status that stopped it, if any). */
export type UploadsEnd = { ok: true } | { ok: false; status: number | null }

/**
 * Sends the wizard's new photos to the product, one at a time (a slow connection shares badly),
 * each with its own progress and retries. A photo that has a `url` is on the server and is never
 * sent again; `onSent` records each url as soon as it is known. The caller runs one round at a
 * time.
 */
export function usePhotoUploads() {
  const [uploads, setUploads] = useState<Record<string, PhotoUpload>>({})
  const update = (id: string, patch: Partial<PhotoUpload>) =>
    setUploads((previous) => ({ ...previous, [id]: { ...(previous[id] ?? { state: "waiting", share: 0, attempt: 1 }), ...patch } }))

  async function send(productId: string, photos: WizardPhoto[], onSent: (id: string, url: string, images: string[]) => void): Promise<UploadsEnd> {
    const pending = photos.filter((photo): photo is WizardPhoto & { blob: Blob } => !!photo.blob && !photo.url)
    for (const photo of pending) update(photo.id, { state: "waiting", share: 0, attempt: 1 })
    for (const photo of pending) {
      update(photo.id, { state: "sending" })
      const name = photoFileName(photos.indexOf(photo), photo.blob.type)
      const outcome = await withRetry(() => sendPhoto(productId, photo.blob, name, (share) => update(photo.id, { share })), {
        onRetry: (attempt) => update(photo.id, { state: "retrying", attempt, share: 0 }),
      })
      const url = outcome.kind === "done" ? outcome.value.files[0]?.url : undefined
      if (outcome.kind !== "done" || !url) {
        update(photo.id, { state: "failed" })
        return { ok: false, status: outcome.kind === "refused" ? outcome.status : null }
      }
      update(photo.id, { state: "done", share: 1 })
      onSent(photo.id, url, withPendingChanges(outcome.value.product).images)
    }
    return { ok: true }
  }

  return { uploads, send }
}
