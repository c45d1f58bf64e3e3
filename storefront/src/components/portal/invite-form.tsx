"use client"

import { useActionState, useId, type ReactNode } from "react"
import { inviteMember } from "@/lib/actions/portal"
import { whatsappShareLink } from "@/lib/portal-invite"
import { CopyButton } from "./copy-button"
import { FormNotice, SubmitButton, type PortalFormLabels } from "./portal-form"
import { PortalFields, type PortalField } from "./portal-fields"
import { ChatIcon, LinkIcon } from "./portal-icons"

export type InviteLabels = PortalFormLabels & {
  linkTitle: string
  copy: string
  copied: string
  whatsapp: string
  /** The message WhatsApp opens with, before the link. */
  shareText: string
}

type Props = { locale: string; fields: PortalField[]; labels: InviteLabels; icon: ReactNode }

/**
 * An owner invites a member by email or phone. No email or SMS is sent by the shop yet: the
 * answer is a link for the owner to pass on, copied or sent through WhatsApp (a plain link to
 * wa.me, nothing loaded from WhatsApp until followed).
 */
export function InviteForm({ locale, fields, labels, icon }: Props) {
  const [state, formAction, pending] = useActionState(inviteMember, { status: "idle" })
  const id = useId()
  const result = state.status === "done" ? state.result : undefined
  const link = result?.link
  return (
    <div className="grid gap-6">
      <form action={formAction} noValidate className="grid grid-cols-1 gap-x-4 gap-y-5 sm:grid-cols-2">
        <input type="hidden" name="locale" value={locale} />
        <FormNotice state={state} labels={labels} />
        <PortalFields
          idPrefix={id}
          fields={fields}
          values={state.status === "error" ? state.values : {}}
          errors={state.status === "error" ? state.errors : {}}
          messages={labels.errors}
        />
        <div className="sm:col-span-2">
          <SubmitButton pending={pending} icon={icon} label={pending ? labels.pending : labels.submit} />
        </div>
      </form>
      {link && (
        <div className="rounded-xl bg-sand p-4 ring-2 ring-olive/50">
          <label htmlFor={`${id}-link`} className="flex items-center gap-2 font-semibold">
            <LinkIcon />
            {labels.linkTitle}
          </label>
          <input
            id={`${id}-link`}
            readOnly
            value={link}
            dir="ltr"
            aria-describedby={`${id}-link-hint`}
            onFocus={(event) => event.currentTarget.select()}
            className="mt-2 block min-h-12 w-full rounded-xl border border-ink/25 bg-white px-3 text-sm"
          />
          <p id={`${id}-link-hint`} className="mt-1 text-sm text-muted">
            {result?.hint}
          </p>
          <div className="mt-3 flex flex-wrap gap-2">
            <CopyButton text={link} labels={labels} />
            <a
              href={whatsappShareLink(labels.shareText, link)}
              target="_blank"
              rel="noopener noreferrer"
              className="inline-flex min-h-11 items-center gap-2 rounded-full bg-olive px-4 font-semibold text-sand hover:bg-ink"
            >
              <ChatIcon />
              {labels.whatsapp}
            </a>
          </div>
        </div>
      )}
    </div>
  )
}
