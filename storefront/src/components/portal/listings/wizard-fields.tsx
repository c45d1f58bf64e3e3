"use client"

import type { Locale } from "@tiwizi/locale"
import type { ReactNode } from "react"
import { Icon, type IconName } from "./icon"

const inputClass =
  "mt-1 block min-h-12 w-full rounded-xl border border-ink/25 bg-white px-3 text-base aria-invalid:border-terracotta-dark aria-invalid:ring-1 aria-invalid:ring-terracotta-dark"

/** An error said next to its field; the field points at it with `aria-describedby`. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null
  return (
    <p id={id} className="mt-1.5 flex items-start gap-1.5 text-sm font-medium text-terracotta-dark">
      <Icon name="alert" width="18" height="18" />
      {message}
    </p>
  )
}

type TextFieldProps = {
  id: string
  label: string
  icon: IconName
  value: string
  onChange: (value: string) => void
  error?: string
  hint?: string
  multiline?: boolean
  inputMode?: "numeric" | "decimal" | "text"
  maxLength?: number
  lang?: Locale
  dir?: "ltr" | "rtl"
  required?: boolean
}

/** A labelled text box (or text area) with its icon, hint and error. */
export function TextField({ id, label, icon, value, onChange, error, hint, multiline, inputMode, maxLength, lang, dir, required }: TextFieldProps) {
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined
  const common = {
    id,
    value,
    lang,
    dir,
    maxLength,
    required,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
  }
  return (
    <div>
      <label htmlFor={id} className="flex items-center gap-2 font-medium">
        <Icon name={icon} className="text-muted" />
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={6} onChange={(event) => onChange(event.target.value)} className={`${inputClass} py-2`} />
      ) : (
        <input {...common} type="text" inputMode={inputMode} onChange={(event) => onChange(event.target.value)} className={inputClass} />
      )}
      <FieldError id={`${id}-error`} message={error} />
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-muted">
          {hint}
        </p>
      )}
    </div>
  )
}

export type Choice = { value: string; label: string; icon?: IconName; swatch?: string; lang?: Locale }

type ChoicesProps = {
  id: string
  legend: string
  icon: IconName
  choices: Choice[]
  /** One value (radio buttons) or several (check boxes). */
  selected: string | string[]
  onChange: (value: string, checked: boolean) => void
  error?: string
  hint?: string
  children?: ReactNode
}

/** A question answered by touching big cards: radio buttons for one answer, check boxes for several. */
export function Choices({ id, legend, icon, choices, selected, onChange, error, hint, children }: ChoicesProps) {
  const multiple = Array.isArray(selected)
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined
  return (
    <fieldset aria-describedby={describedBy}>
      <legend className="flex items-center gap-2 font-medium">
        <Icon name={icon} className="text-muted" />
        {legend}
      </legend>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-muted">
          {hint}
        </p>
      )}
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {choices.map((choice) => {
          const checked = multiple ? selected.includes(choice.value) : selected === choice.value
          return (
            <label
              key={choice.value}
              className="flex min-h-12 cursor-pointer items-center gap-3 rounded-xl border border-ink/20 bg-white px-3 py-2 has-checked:border-indigo has-checked:bg-indigo/10 has-focus-visible:outline-2 has-focus-visible:outline-indigo"
            >
              <input
                type={multiple ? "checkbox" : "radio"}
                name={id}
                value={choice.value}
                checked={checked}
                aria-invalid={error ? true : undefined}
                onChange={(event) => onChange(choice.value, event.target.checked)}
                className="size-5 shrink-0 accent-indigo"
              />
              {choice.icon && <Icon name={choice.icon} className="text-muted" />}
              {choice.swatch && <span aria-hidden="true" className="size-5 shrink-0 rounded-full border border-ink/30" style={{ background: choice.swatch }} />}
              <span lang={choice.lang}>{choice.label}</span>
            </label>
          )
        })}
      </div>
      {children}
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  )
}
