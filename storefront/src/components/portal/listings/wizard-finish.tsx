"use client"

import type { Locale } from "@tiwizi/locale"
import Link from "next/link"
import type { Ref } from "react"
import { moveListing } from "@/lib/actions/listings"
import type { WizardPhoto } from "@/lib/listing-draft"
import type { ListingFailure } from "@/lib/listing-errors"
import type { ListingState } from "@/lib/listing-product"
import { uploadTries } from "@/lib/listing-retry"
import { fill } from "@/lib/listing-text"
import { Icon } from "./icon"
import type { PhotoUpload } from "./use-photo-uploads"
import type { WizardText } from "./wizard-text"

/** Why saving or sending stopped: a failure of a call, photos that would not go, or a photo refused. */
export type WizardStop = ListingFailure | "photo" | "photo_refused"

/** What to tell the member about a stop, in their language. */
export function stopWords(stop: WizardStop, text: WizardText): string {
  if (stop === "photo") return text.wizard.finish.stopped
  return stop === "photo_refused" ? text.errors.photo_unreadable : text.failures[stop]
}

type Props = {
  headingRef: Ref<HTMLHeadingElement>
  phase: "save" | "upload" | "done"
  photos: WizardPhoto[]
  uploads: Record<string, PhotoUpload>
  /** Why the last round stopped, if it did (a failure of the save or of a photo). */
  failure: WizardStop | null
  state: ListingState
  productId: string | null
  locale: Locale
  listingHref: string | null
  loginHref: string
  text: WizardText
  onRetry: () => void
}

function uploadWords(photo: WizardPhoto, upload: PhotoUpload | undefined, text: WizardText["wizard"]["finish"]): string {
  if (!upload) return photo.url ? text.sent : text.waiting
  if (upload.state === "done") return text.sent
  if (upload.state === "sending") return fill(text.sending, { n: Math.round(upload.share * 100) })
  if (upload.state === "retrying") return fill(text.retrying, { index: upload.attempt, total: uploadTries })
  return upload.state === "failed" ? text.failed : text.waiting
}

/**
 * After "Enregistrer": the listing is saved, then its new photos go one by one, each with a
 * progress bar and what is happening in words; a photo that will not go after its retries gets
 * a "try again" button. When all is sent: submit for review (draft or rejected), or the note
 * that staff will check the changes (live).
 */
export function WizardFinish({ headingRef, phase, photos, uploads, failure, state, productId, locale, listingHref, loginHref, text, onRetry }: Props) {
  const t = text.wizard.finish
  const sending = photos.filter((photo) => photo.blob && (uploads[photo.id] || !photo.url))
  const failureWords = failure ? stopWords(failure, text) : null
  return (
    <section aria-labelledby="wizard-finish" className="grid gap-4">
      <h2 id="wizard-finish" ref={headingRef} tabIndex={-1} className="text-xl font-semibold">
        {phase === "save" ? t.saving : phase === "upload" ? t.uploading : state === "live" ? t.savedLive : t.saved}
      </h2>
      {sending.length > 0 && (
        <ul className="grid gap-3">
          {sending.map((photo, index) => {
            const upload = uploads[photo.id]
            const label = fill(t.photo, { index: index + 1, total: sending.length })
            return (
              <li key={photo.id} className="rounded-xl border border-clay bg-white p-3">
                <p className="flex items-center justify-between gap-2 text-sm font-medium">
                  <span className="flex items-center gap-2">
                    <Icon name="gallery" width="18" height="18" />
                    {label}
                  </span>
                  <span className={upload?.state === "failed" ? "text-terracotta-dark" : "text-muted"}>{uploadWords(photo, upload, t)}</span>
                </p>
                <progress aria-label={label} max={1} value={upload?.share ?? (photo.url ? 1 : 0)} className="mt-2 h-3 w-full accent-olive" />
              </li>
            )
          })}
        </ul>
      )}
      <div aria-live="polite" className="grid gap-3">
        {failureWords && (
          <p role="alert" className="flex items-start gap-2 rounded-xl border border-terracotta-dark/40 bg-wool p-3 font-medium text-terracotta-dark">
            <Icon name="alert" className="mt-0.5" />
            {failureWords}
          </p>
        )}
      </div>
      {failure === "unauthorized" && (
        <a href={loginHref} className="inline-flex min-h-12 items-center justify-center gap-2 rounded-full bg-terracotta px-5 font-semibold text-sand">
          <Icon name="forward" />
          {t.login}
        </a>
      )}
      {failure && failure !== "unauthorized" && (
        <button type="button" onClick={onRetry} className="inline-flex min-h-12 items-center justify-center gap-2 rounded-full bg-indigo px-5 font-semibold text-sand">
          <Icon name="retry" />
          {t.retry}
        </button>
      )}
      {phase === "done" && productId && (state === "draft" || state === "rejected") && (
        <form action={moveListing} className="grid gap-3">
          <p>{t.submitHint}</p>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="product_id" value={productId} />
          <input type="hidden" name="move" value="submit" />
          <button type="submit" className="inline-flex min-h-12 items-center justify-center gap-2 rounded-full bg-terracotta px-5 font-semibold text-sand hover:bg-terracotta-dark">
            <Icon name="send" />
            {text.wizard.submit}
          </button>
        </form>
      )}
      {phase === "done" && listingHref && (
        <Link href={listingHref} className="inline-flex min-h-12 items-center justify-center gap-2 rounded-full border border-indigo px-5 font-semibold text-indigo">
          <Icon name="eye" />
          {state === "draft" || state === "rejected" ? t.later : t.view}
        </Link>
      )}
    </section>
  )
}
