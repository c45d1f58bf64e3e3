"use client"

import type { ListingState } from "@/lib/listing-product"
import { Icon } from "./icon"
import type { WizardText } from "./wizard-text"

type Props = { online: boolean; resumed: boolean; state: ListingState; text: WizardText["wizard"]; onRestart: () => void }

/**
 * What the member should know while filling the wizard: a draft was resumed (and can be thrown
 * away), the phone is offline (nothing is lost), a live listing's changes go to review, a
 * rejected one is to be fixed and sent again. The offline and resumed notices are polite live
 * regions, so they are heard when they appear.
 */
export function WizardNotices({ online, resumed, state, text, onRestart }: Props) {
  return (
    <>
      <div aria-live="polite" className="grid gap-3 empty:hidden">
        {!online && (
          <p className="flex items-start gap-2 rounded-xl border border-indigo/40 bg-white p-3">
            <Icon name="offline" className="mt-0.5 text-indigo" />
            {text.offline}
          </p>
        )}
        {resumed && (
          <div className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-olive/40 bg-white p-3">
            <p className="flex items-center gap-2 font-medium text-olive">
              <Icon name="draft" />
              {text.draftFound}
            </p>
            <button type="button" onClick={onRestart} className="inline-flex min-h-11 items-center gap-2 rounded-full border border-terracotta-dark px-4 font-semibold text-terracotta-dark">
              <Icon name="retry" />
              {text.restart}
            </button>
          </div>
        )}
      </div>
      {(state === "live" || state === "rejected") && (
        <p className="flex items-start gap-2 rounded-xl bg-wool p-3">
          <Icon name="info" className="mt-0.5 text-indigo" />
          {state === "live" ? text.liveNotice : text.rejectedNotice}
        </p>
      )}
    </>
  )
}
