"use client"

import { useState } from "react"
import { CheckIcon, CopyIcon } from "./portal-icons"

/** Copies a text (an invitation's link) to the clipboard and says so, politely for screen readers. */
export function CopyButton({ text, labels }: { text: string; labels: { copy: string; copied: string } }) {
  const [copied, setCopied] = useState(false)
  return (
    <button
      type="button"
      onClick={() =>
        navigator.clipboard?.writeText(text).then(
          () => setCopied(true),
          () => setCopied(false),
        )
      }
      className="inline-flex min-h-11 items-center gap-2 rounded-full border border-ink/25 bg-sand px-4 font-semibold hover:bg-wool"
    >
      {copied ? <CheckIcon /> : <CopyIcon />}
      <span aria-live="polite">{copied ? labels.copied : labels.copy}</span>
    </button>
  )
}
