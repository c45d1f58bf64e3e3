"use client"

import type { ReactNode } from "react"
import { useFormStatus } from "react-dom"

type Props = { children: ReactNode; pendingLabel: string; className?: string }

/**
 * A form's submit button that cannot be pressed twice: while its server action runs it is
 * disabled and says so (a double click places one order, not two).
 */
export function SubmitButton({ children, pendingLabel, className = "" }: Props) {
  const { pending } = useFormStatus()
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`inline-flex min-h-12 w-full items-center justify-center rounded-full bg-terracotta px-8 text-lg font-semibold text-sand hover:bg-terracotta-dark disabled:cursor-wait disabled:opacity-70 sm:w-auto ${className}`}
    >
      {pending ? pendingLabel : children}
    </button>
  )
}
