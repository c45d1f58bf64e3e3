"use client"

import type { Locale } from "@tiwizi/locale"
import { useActionState } from "react"
import { resendVerificationLink, type ResendState } from "@/lib/actions/email-verification"
import type { ResendErrorCode } from "@/lib/email-verification-errors"

export type ResendLabels = { resend: string; pending: string; sent: string; errors: Record<ResendErrorCode, string> }

const initialState: ResendState = { status: "idle" }

/**
 * The "send the link again" button. It works without JavaScript (the server renders the
 * answer); the answer is announced politely where the button is.
 */
export function ResendVerificationForm({ locale, labels }: { locale: Locale; labels: ResendLabels }) {
  const [state, formAction, pending] = useActionState(resendVerificationLink, initialState)
  return (
    <form action={formAction} className="mt-3">
      <input type="hidden" name="locale" value={locale} />
      <button
        type="submit"
        disabled={pending}
        className="inline-flex min-h-11 items-center justify-center rounded-full border border-terracotta-dark px-5 font-semibold text-terracotta-dark hover:bg-sand disabled:opacity-70"
      >
        {pending ? labels.pending : labels.resend}
      </button>
      <p role="status" className="mt-2 font-medium empty:hidden">
        {state.status === "sent" ? labels.sent : state.status === "error" ? labels.errors[state.code] : ""}
      </p>
    </form>
  )
}
