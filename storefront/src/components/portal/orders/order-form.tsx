"use client"

import { useActionState, useEffect, useId, useRef, type ReactNode } from "react"
import type { OrderErrorCode, OrderFormState } from "./order-forms"

/** One field of an order form; every text is translated on the server. */
export type OrderField = {
  name: string
  label: string
  /** Shown before the label: members who read little find the field by it. */
  icon: ReactNode
  type: "select" | "text" | "amount" | "textarea"
  hint?: string
  /** For a select; `placeholder` is its first, empty choice. */
  options?: { value: string; label: string }[]
  placeholder?: string
  defaultValue?: string
  maxLength?: number
  /** Shown only while the form's select has "other" chosen (the carrier typed by hand). */
  onlyForOther?: boolean
}

/** The words an order form needs in the browser. */
export type OrderFormLabels = { submit: string; pending: string; errors: Record<OrderErrorCode, string> }

type Props = {
  action: (state: OrderFormState, form: FormData) => Promise<OrderFormState>
  hidden: Record<string, string>
  fields?: OrderField[]
  labels: OrderFormLabels
  icon: ReactNode
  tone?: "primary" | "danger"
  /** What the form is about (the confirmation of a cancellation), above its fields. */
  intro?: ReactNode
  /** Behind a disclosure that asks first; open again when the answer is an error. */
  disclosure?: { summary: string; icon: ReactNode }
}

const inputClass =
  "mt-1.5 block min-h-12 w-full rounded-xl border border-ink/25 bg-white px-3 text-base aria-invalid:border-terracotta-dark aria-invalid:ring-1 aria-invalid:ring-terracotta-dark"
const buttonClass = "inline-flex min-h-12 w-full items-center justify-center gap-2 rounded-full px-6 font-semibold text-sand disabled:opacity-70 sm:w-auto"
const tones = { primary: "bg-terracotta hover:bg-terracotta-dark", danger: "bg-terracotta-dark hover:bg-ink" }

/**
 * A form posted to one of the order page's server actions. It works before (and without)
 * JavaScript: the server renders the action's answer with each error next to its field and
 * what was typed kept; a success redirects. With JavaScript the first field in error takes the
 * focus and the button says the form is being sent.
 */
export function OrderForm({ action, hidden, fields = [], labels, icon, tone = "primary", intro, disclosure }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" })
  const id = useId()
  const formRef = useRef<HTMLFormElement>(null)

  useEffect(() => {
    if (state.status !== "error") return
    const invalid = formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")
    ;(invalid ?? formRef.current?.querySelector<HTMLElement>("[role=alert]"))?.focus()
  }, [state])

  const values = state.status === "error" ? state.values : {}
  const errors = state.status === "error" ? state.errors : {}
  const form = (
    <form ref={formRef} action={formAction} noValidate className="group grid gap-4">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {intro}
      {state.status === "error" && state.formError && (
        <p role="alert" tabIndex={-1} className="rounded-xl border border-terracotta-dark/40 bg-wool p-3 font-medium text-terracotta-dark">
          {labels.errors[state.formError]}
        </p>
      )}
      {fields.map((field) => (
        <FieldView key={field.name} id={`${id}-${field.name}`} field={field} value={values[field.name] ?? field.defaultValue} error={errors[field.name]} errors={labels.errors} />
      ))}
      <div>
        <button type="submit" disabled={pending} className={`${buttonClass} ${tones[tone]}`}>
          {icon}
          {pending ? labels.pending : labels.submit}
        </button>
      </div>
    </form>
  )
  if (!disclosure) return form
  return (
    <details open={state.status === "error" || undefined} className="rounded-2xl border border-clay bg-white">
      <summary className="flex min-h-12 cursor-pointer items-center gap-2 px-4 font-semibold text-terracotta-dark">
        {disclosure.icon}
        {disclosure.summary}
      </summary>
      <div className="px-4 pb-4">{form}</div>
    </details>
  )
}

type FieldProps = { id: string; field: OrderField; value: string | undefined; error: OrderErrorCode | undefined; errors: Record<OrderErrorCode, string> }

/**
 * One field with its icon, label, error (`aria-invalid`, `aria-describedby`) and hint. Amounts
 * and tracking numbers are text with a numeric or plain keyboard, read left to right in Arabic.
 * A field shown only for the select's "other" choice hides (CSS `:has`, no script) while another
 * is chosen; a browser without `:has` simply always shows it.
 */
function FieldView({ id, field, value, error, errors }: FieldProps) {
  const errorId = error ? `${id}-error` : undefined
  const hintId = field.hint ? `${id}-hint` : undefined
  const common = {
    id,
    name: field.name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": [errorId, hintId].filter(Boolean).join(" ") || undefined,
  }
  const hideClass = field.onlyForOther ? "group-has-[select_option:checked:not([value=other])]:hidden" : ""
  return (
    <div className={hideClass}>
      <label htmlFor={id} className="flex items-center gap-2 font-medium">
        {field.icon}
        {field.label}
      </label>
      {field.type === "select" ? (
        <select key={value ?? ""} {...common} defaultValue={value ?? ""} className={inputClass}>
          {field.placeholder !== undefined && <option value="">{field.placeholder}</option>}
          {field.options?.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : field.type === "textarea" ? (
        <textarea {...common} defaultValue={value} rows={3} maxLength={field.maxLength} dir="auto" className={`${inputClass} py-2 leading-relaxed`} />
      ) : (
        <input
          {...common}
          type="text"
          inputMode={field.type === "amount" ? "decimal" : undefined}
          autoComplete="off"
          defaultValue={value}
          maxLength={field.maxLength}
          dir={field.type === "amount" ? "ltr" : "auto"}
          className={`${inputClass} ${field.type === "amount" ? "text-start rtl:text-end" : ""}`}
        />
      )}
      {error && (
        <p id={errorId} className="mt-1.5 text-sm font-medium text-terracotta-dark">
          {errors[error]}
        </p>
      )}
      {field.hint && (
        <p id={hintId} className="mt-1 text-sm text-muted">
          {field.hint}
        </p>
      )}
    </div>
  )
}
