"use client"

import { Icon } from "./icon"
import type { WizardText } from "./wizard-text"

type Props = { first: boolean; last: boolean; busy: boolean; text: WizardText["wizard"]; onBack: () => void }

/** Back and Next (Save on the last step): big buttons at the bottom of each step. */
export function WizardNav({ first, last, busy, text, onBack }: Props) {
  return (
    <div className="flex gap-3">
      {!first && (
        <button type="button" onClick={onBack} className="inline-flex min-h-12 flex-1 items-center justify-center gap-2 rounded-full border border-indigo px-5 font-semibold text-indigo hover:bg-indigo/10">
          <Icon name="back" />
          {text.back}
        </button>
      )}
      <button
        type="submit"
        disabled={busy}
        className="inline-flex min-h-12 flex-1 items-center justify-center gap-2 rounded-full bg-terracotta px-5 font-semibold text-sand hover:bg-terracotta-dark disabled:opacity-70"
      >
        {last ? <Icon name="check" /> : null}
        {last ? text.save : text.next}
        {last ? null : <Icon name="forward" />}
      </button>
    </div>
  )
}
