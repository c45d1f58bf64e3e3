"use client"

import type { Locale } from "@tiwizi/locale"
import { useActionState, useId } from "react"
import { saveQuickPrice, saveQuickStock } from "@/lib/actions/listings"
import type { QuickEditState } from "@/lib/listing-quick-edit"
import { fill } from "@/lib/listing-text"
import { Icon } from "./icon"
import { useQuickEditText } from "./quick-edit-text"

type Props = {
  locale: Locale
  productId: string
  variantId: string
  field: "stock" | "price"
  value: string
  /** The visible label ("Stock", "Prix (MAD)"). */
  label: string
  /** Said to screen readers only, after the label: which listing and variant this field is for. */
  context: string
  /** The language of `context` (a title may be in another language than the page). */
  contextLang: Locale
}

const initialState: QuickEditState = { status: "idle" }

/**
 * One variant's stock or price, changed from the list without opening the listing. Works
 * without JavaScript (the page re-renders with the action's answer); the answer is said next to
 * the field: the error (the field is marked invalid) or, politely, that it was saved.
 */
export function QuickEditForm({ locale, productId, variantId, field, value, label, context, contextLang }: Props) {
  const [state, formAction, pending] = useActionState(field === "stock" ? saveQuickStock : saveQuickPrice, initialState)
  const text = useQuickEditText()
  const id = useId()
  const shown = state.status === "idle" ? value : state.value
  const error = state.status === "error" ? text.errors[state.code] : null
  return (
    <form action={formAction} noValidate className="min-w-0 flex-1 basis-40">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="product_id" value={productId} />
      <input type="hidden" name="variant_id" value={variantId} />
      <label htmlFor={`${id}-input`} className="flex items-center gap-1.5 text-sm font-medium">
        <Icon name={field === "stock" ? "stack" : "tag"} width="18" height="18" />
        {label}{" "}
        <span lang={contextLang} className="sr-only">
          ({context})
        </span>
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id={`${id}-input`}
          name={field}
          defaultValue={shown}
          inputMode={field === "stock" ? "numeric" : "decimal"}
          dir="ltr"
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-answer`}
          className="block min-h-11 w-24 min-w-0 flex-1 rounded-xl border border-ink/25 bg-white px-3 text-start text-base tabular-nums aria-invalid:border-terracotta-dark aria-invalid:ring-1 aria-invalid:ring-terracotta-dark rtl:text-end"
        />
        <button
          type="submit"
          disabled={pending}
          className="inline-flex min-h-11 shrink-0 items-center gap-1.5 rounded-full border border-indigo px-3 text-sm font-semibold text-indigo hover:bg-indigo/10 disabled:opacity-70"
        >
          <Icon name="check" width="18" height="18" />
          {pending ? text.saving : text.save}
        </button>
      </div>
      <p id={`${id}-answer`} aria-live="polite" className={`mt-1 min-h-5 text-sm font-medium ${error ? "text-terracotta-dark" : "text-olive"}`}>
        {error ?? (state.status === "done" ? fill(field === "stock" ? text.savedStock : text.savedPrice, { n: state.value }) : "")}
      </p>
    </form>
  )
}
