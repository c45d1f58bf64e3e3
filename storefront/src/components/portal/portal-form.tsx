"use client"

import { useActionState, useEffect, useId, useRef, type ReactNode } from "react"
import type { PortalErrorCode } from "@/lib/portal-errors"
import type { PortalFormState } from "@/lib/portal-forms"
import { PortalFields, type PortalField } from "./portal-fields"

/** The words a portal form needs in the browser: its button, its done message, every error message. */
export type PortalFormLabels = {
  submit: string
  pending: string
  /** Shown when the action is done and the form stays on the page. */
  done?: string
  errors: Record<PortalErrorCode, string>
}

type Props = {
  action: (state: PortalFormState, form: FormData) => Promise<PortalFormState>
  fields: PortalField[]
  hidden?: Record<string, string>
  labels: PortalFormLabels
  /** The button's icon. */
  icon: ReactNode
  /** Values to show first (an application to send again), before the member types anything. */
  initialValues?: Record<string, string>
}

/**
 * A form posted to a server action. It works before (and without) JavaScript: the server
 * renders the action's answer, with each error next to its field and what was typed kept,
 * passwords excepted. With JavaScript the first field in error takes the focus, and the button
 * says the form is being sent.
 */
export function PortalForm({ action, fields, hidden = {}, labels, icon, initialValues = {} }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" })
  const id = useId()
  const formRef = useRef<HTMLFormElement>(null)

  useEffect(() => {
    if (state.status !== "error") return
    formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus()
  }, [state])

  const values = state.status === "idle" ? initialValues : (state.values ?? {})
  return (
    <form ref={formRef} action={formAction} noValidate className="grid grid-cols-1 gap-x-4 gap-y-5 sm:grid-cols-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormNotice state={state} labels={labels} />
      <PortalFields idPrefix={id} fields={fields} values={values} errors={state.status === "error" ? state.errors : {}} messages={labels.errors} />
      <div className="sm:col-span-2">
        <SubmitButton pending={pending} icon={icon} label={pending ? labels.pending : labels.submit} />
      </div>
    </form>
  )
}

/** The form-level error (`role="alert"`) or done message (`role="status"`) of a form's answer. */
export function FormNotice({ state, labels }: { state: PortalFormState; labels: Pick<PortalFormLabels, "done" | "errors"> }) {
  if (state.status === "error" && state.formError) {
    return (
      <p role="alert" className="rounded-xl border border-terracotta-dark/40 bg-wool p-4 font-medium text-terracotta-dark sm:col-span-2">
        {labels.errors[state.formError]}
      </p>
    )
  }
  if (state.status === "done" && labels.done) {
    return (
      <p role="status" className="rounded-xl border border-olive/40 bg-wool p-4 font-medium text-olive sm:col-span-2">
        {labels.done}
      </p>
    )
  }
  return null
}

/** The big full-width button of a portal form, with its icon. */
export function SubmitButton({ pending, icon, label }: { pending: boolean; icon: ReactNode; label: string }) {
  return (
    <button
      type="submit"
      disabled={pending}
      className="inline-flex min-h-12 w-full items-center justify-center gap-2 rounded-full bg-terracotta px-6 font-semibold text-sand hover:bg-terracotta-dark disabled:opacity-70 sm:w-auto"
    >
      {icon}
      {label}
    </button>
  )
}
