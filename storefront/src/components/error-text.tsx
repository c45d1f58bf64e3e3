"use client"

import { createContext, useContext, type ReactNode } from "react"

/** The words of the error screen, in the visitor's language. */
export type ErrorText = { title: string; body: string; retry: string; home: string; homeHref: string }

const ErrorTextContext = createContext<ErrorText | null>(null)

/**
 * Hands the error boundary (a client component, rendered when the server could not be) its
 * translated words, without shipping the whole message catalogue to the browser.
 */
export function ErrorTextProvider({ value, children }: { value: ErrorText; children: ReactNode }) {
  return <ErrorTextContext value={value}>{children}</ErrorTextContext>
}

export function useErrorText(): ErrorText {
  const text = useContext(ErrorTextContext)
  if (!text) throw new Error("useErrorText must be used inside ErrorTextProvider")
  return text
}
