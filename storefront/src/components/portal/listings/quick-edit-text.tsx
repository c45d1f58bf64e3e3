"use client"

import { createContext, useContext, type ReactNode } from "react"

/**
 * The words of the list's quick edits, handed once for the whole list instead of once per form
 * (a page of twenty listings has forty of them). `saved` holds a `{n}` for the new value.
 */
export type QuickEditText = {
  save: string
  saving: string
  savedStock: string
  savedPrice: string
  errors: Record<string, string>
}

const QuickEditTextContext = createContext<QuickEditText | null>(null)

export function QuickEditTextProvider({ value, children }: { value: QuickEditText; children: ReactNode }) {
  return <QuickEditTextContext value={value}>{children}</QuickEditTextContext>
}

export function useQuickEditText(): QuickEditText {
  const text = useContext(QuickEditTextContext)
  if (!text) throw new Error("useQuickEditText must be used inside QuickEditTextProvider")
  return text
}
