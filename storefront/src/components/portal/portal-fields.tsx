import type { ReactNode } from "react"
import type { PortalErrorCode } from "@/lib/portal-errors"
import type { FieldErrors, FormValues } from "@/lib/portal-forms"

/** One field of a portal form; every text is already translated on the server. */
export type PortalField = {
  name: string
  label: string
  /** Shown before the label: members who read little find the field by it. */
  icon: ReactNode
  type?: "text" | "email" | "password" | "tel" | "number" | "select" | "textarea" | "checkbox"
  autoComplete?: string
  required?: boolean
  hint?: string
  /** For a select; `placeholder` is its first, empty choice. */
  options?: { value: string; label: string }[]
  placeholder?: string
  /** The value shown first; a checkbox is ticked when it is `"on"`. */
  defaultValue?: string
  /** Emails, phones and numbers read left to right in Arabic too. */
  ltr?: boolean
  /** Half the row from small screens up. */
  half?: boolean
  maxLength?: number
}

type Props = { idPrefix: string; fields: PortalField[]; values: FormValues; errors: FieldErrors; messages: Record<PortalErrorCode, string> }

const inputClass =
  "mt-1.5 block min-h-12 w-full rounded-xl border border-ink/25 bg-white px-3 text-base aria-invalid:border-terracotta-dark aria-invalid:ring-1 aria-invalid:ring-terracotta-dark"

/**
 * The fields of a portal form, each with its icon, its label, its error next to it
 * (`aria-invalid`, `aria-describedby`) and its hint. Numbers are text fields with a numeric
 * keyboard: a `type="number"` field would refuse the Arabic digits an Arabic keyboard types.
 * Free text reads in the direction of what was typed (`dir="auto"`): a French name in an Arabic
 * page, an Arabic story in a French one.
 */
export function PortalFields({ idPrefix, fields, values, errors, messages }: Props) {
  return fields.map((field) => {
    const id = `${idPrefix}-${field.name}`
    const error = errors[field.name]
    const hintId = field.hint ? `${id}-hint` : undefined
    const errorId = error ? `${id}-error` : undefined
    const value = field.type === "password" ? undefined : (values[field.name] ?? field.defaultValue)
    const common = {
      id,
      name: field.name,
      required: field.required,
      "aria-invalid": error ? true : undefined,
      "aria-describedby": [errorId, hintId].filter(Boolean).join(" ") || undefined,
      autoComplete: field.autoComplete,
    }
    const notes = (
      <>
        {error && (
          <p id={errorId} className="mt-1.5 text-sm font-medium text-terracotta-dark">
            {messages[error]}
          </p>
        )}
        {field.hint && (
          <p id={hintId} className="mt-1 text-sm text-muted">
            {field.hint}
          </p>
        )}
      </>
    )
    if (field.type === "checkbox") {
      return (
        <div key={field.name} className="sm:col-span-2">
          <label htmlFor={id} className="flex min-h-11 cursor-pointer items-center gap-3 font-medium">
            <input {...common} type="checkbox" defaultChecked={value === "on"} className="size-6 shrink-0 accent-terracotta" />
            {field.icon}
            <span>{field.label}</span>
          </label>
          {notes}
        </div>
      )
    }
    return (
      <div key={field.name} className={field.half ? "" : "sm:col-span-2"}>
        <label htmlFor={id} className="flex items-center gap-2 font-medium">
          {field.icon}
          <span>
            {field.label}
            {/* The field's `required` attribute is what assistive technologies announce. */}
            {field.required && (
              <span className="text-terracotta-dark" aria-hidden="true">
                {" "}*
              </span>
            )}
          </span>
        </label>
        {field.type === "select" ? (
          // Keyed by its value: React sets a select's choice at mount only, and a form's reset
          // after its action would otherwise bring back the first choice, not what was sent.
          <select key={value ?? ""} {...common} defaultValue={value ?? ""} className={inputClass}>
            {field.placeholder !== undefined && <option value="">{field.placeholder}</option>}
            {field.options?.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        ) : field.type === "textarea" ? (
          <textarea {...common} defaultValue={value} rows={5} maxLength={field.maxLength} dir="auto" className={`${inputClass} py-2 leading-relaxed`} />
        ) : (
          <input
            {...common}
            type={field.type === "number" ? "text" : (field.type ?? "text")}
            inputMode={field.type === "number" ? "numeric" : undefined}
            defaultValue={value}
            maxLength={field.maxLength}
            dir={field.ltr ? "ltr" : "auto"}
            className={`${inputClass} ${field.ltr ? "text-start rtl:text-end" : ""}`}
          />
        )}
        {notes}
      </div>
    )
  })
}
