"use client"

import { useEffect } from "react"
import { useErrorText } from "./error-text"

/**
 * What a visitor sees when a page failed to render: what happened in plain words, a retry that
 * re-renders the page, and a way home. The error itself stays in the server log (its digest
 * links the two); nothing of it is shown.
 */
export function ErrorScreen({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const text = useErrorText()
  useEffect(() => {
    console.error(error)
  }, [error])
  return (
    <div role="alert" className="mx-auto my-16 max-w-lg space-y-4 px-4 text-center">
      <h1 className="text-2xl font-semibold">{text.title}</h1>
      <p className="text-muted">{text.body}</p>
      <div className="flex flex-wrap justify-center gap-3">
        <button
          type="button"
          onClick={() => reset()}
          className="rounded-full bg-terracotta px-5 py-2.5 font-medium text-sand hover:bg-terracotta-dark"
        >
          {text.retry}
        </button>
        <a href={text.homeHref} className="rounded-full border border-ink/20 px-5 py-2.5 font-medium hover:bg-wool">
          {text.home}
        </a>
      </div>
    </div>
  )
}
