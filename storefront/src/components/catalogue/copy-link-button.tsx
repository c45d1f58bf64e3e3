"use client"

import { useState } from "react"

/**
 * Copies the page's address to the clipboard and says so (politely, for screen readers). The
 * only client code of the share links: the others are plain links.
 */
export function CopyLinkButton({ url, labels }: { url: string; labels: { copy: string; copied: string } }) {
  const [copied, setCopied] = useState(false)
  return (
    <button
      type="button"
      onClick={() =>
        navigator.clipboard?.writeText(url).then(
          () => setCopied(true),
          () => setCopied(false),
        )
      }
      className="inline-flex min-h-11 items-center rounded-full border border-clay px-4 text-sm font-medium hover:bg-wool"
    >
      <span aria-live="polite">{copied ? labels.copied : labels.copy}</span>
    </button>
  )
}
