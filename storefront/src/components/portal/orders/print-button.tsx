"use client"

import type { ReactNode } from "react"

/** Opens the phone's or computer's print dialog (on a phone, "save as PDF" or a shared printer). */
export function PrintButton({ label, icon }: { label: string; icon: ReactNode }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="inline-flex min-h-12 w-full items-center justify-center gap-2 rounded-full bg-terracotta px-6 font-semibold text-sand hover:bg-terracotta-dark sm:w-auto"
    >
      {icon}
      {label}
    </button>
  )
}
