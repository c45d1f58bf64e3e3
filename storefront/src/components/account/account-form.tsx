"use client"

import { useActionState, useEffect, useId, useRef } from "react"
import type { AccountErrorCode } from "@/lib/account-errors"
import type { AccountFormState } from "@/lib/account-forms"

/** One field of an account form; every text is already translated on the server. */
export type FieldSpec = {
  name: string
  label: string
  type?: "text" | "email" | "password" | "tel" | "select"
  autoComplete?: string
  required?: boolean
  hint?: string
  /** For a select. */
  options?: { value: string; label: string }[]
  /** Suggestions from a datalist (`datalists`), which work without JavaScript. */
  list?: string
  defaultValue?: string
  /** Emails, phones and postal codes read left to right in Arabic too. */
  ltr?: boolean
  /** Half the row from small screens up (first and last name side by side). */
  half?: boolean
}

export type AccountFormLabels = {
  submit: string
  pending: string
  /** Shown when the action is done and the form stays on the page. */
  done?: string
  errors: Record<AccountErrorCode, string>
}

type Props = {
  action: (state: AccountFormState, form: FormData) => Promise<AccountFormState>
  fields: FieldSpec[]
  hidden?: Record<string, string>
  labels: AccountFormLabels
  datalists?: { id: string; options: string[] }[]
}

const initialState: AccountFormState = { status: "idle" }

const inputClass =
  "mt-1 block min-h-12 w-full rounded-xl border border-ink/25 bg-white px-3 text-base aria-invalid:border-terracotta-dark aria-invalid:ring-1 aria-invalid:ring-terracotta-dark"

/**
 * A form posted to a server action. It works before (and without) JavaScript: the server
 * renders the action's answer, with each error next to its field (`aria-invalid`,
 * `aria-describedby`) and what was typed kept, passwords excepted. With JavaScript the first
 * field in error takes the focus, and the button says the form is being sent.
 */
export function AccountForm({ action, fields, hidden = {}, labels, datalists = [] }: Props) {
  const [state, formAction, pending] = useActionState(action, initialState)
  const id = useId()
  const formRef = useRef<HTMLFormElement>(null)
  const errors = state.status === "error" ? state.errors : {}
  const values = state.status === "idle" ? {} : (state.values ?? {})

  useEffect(() => {
    if (state.status !== "error") return
    const invalid = formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")
    invalid?.focus()
  }, [state])

  return (
    <form ref={formRef} action={formAction} noValidate className="grid grid-cols-1 gap-x-4 gap-y-5 sm:grid-cols-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.status === "error" && state.formError && (
        <p role="alert" className="rounded-xl border border-terracotta-dark/40 bg-wool p-4 font-medium text-terracotta-dark sm:col-span-2">
          {labels.errors[state.formError]}
        </p>
      )}
      {state.status === "done" && labels.done && (
        <p role="status" className="rounded-xl border border-olive/40 bg-wool p-4 font-medium text-olive sm:col-span-2">
          {labels.done}
        </p>
      )}
      {fields.map((field) => {
        const fieldId = `${id}-${field.name}`
        const error = errors[field.name]
        const hintId = field.hint ? `${fieldId}-hint` : undefined
        const errorId = error ? `${fieldId}-error` : undefined
        const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined
        const value = field.type === "password" ? undefined : (values[field.name] ?? field.defaultValue)
        const common = {
          id: fieldId,
          name: field.name,
          required: field.required,
          "aria-invalid": error ? true : undefined,
          "aria-describedby": describedBy,
          autoComplete: field.autoComplete,
          className: inputClass,
        }
        return (
          <div key={field.name} className={field.half ? "" : "sm:col-span-2"}>
            <label htmlFor={fieldId} className="font-medium">
              {field.label}
              {/* The field's `required` attribute is what assistive technologies announce. */}
              {field.required && (
                <span className="text-terracotta-dark" aria-hidden="true">
                  {" "}*
                </span>
              )}
            </label>
            {field.type === "select" ? (
              <select {...common} defaultValue={value}>
                {field.options?.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            ) : (
              <input
                {...common}
                type={field.type ?? "text"}
                defaultValue={value}
                list={field.list}
                dir={field.ltr ? "ltr" : undefined}
                className={`${inputClass} ${field.ltr ? "text-start rtl:text-end" : ""}`}
              />
            )}
            {error && (
              <p id={errorId} className="mt-1.5 text-sm font-medium text-terracotta-dark">
                {labels.errors[error]}
              </p>
            )}
            {field.hint && (
              <p id={hintId} className="mt-1 text-sm text-muted">
                {field.hint}
              </p>
            )}
          </div>
        )
      })}
      {datalists.map((list) => (
        <datalist key={list.id} id={list.id}>
          {list.options.map((option) => (
            <option key={option} value={option} />
          ))}
        </datalist>
      ))}
      <div className="sm:col-span-2">
        <button
          type="submit"
          disabled={pending}
          className="inline-flex min-h-12 w-full items-center justify-center rounded-full bg-terracotta px-6 font-semibold text-sand hover:bg-terracotta-dark disabled:opacity-70 sm:w-auto"
        >
          {pending ? labels.pending : labels.submit}
        </button>
      </div>
    </form>
  )
}
