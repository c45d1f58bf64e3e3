"use client"

import { useCallback, useEffect, useRef, useState } from "react"
import type { WizardDraft } from "@/lib/listing-draft"
import { clearDraft, hasUnkeptPhotos, loadDraft, saveDraft, saveDraftNow } from "@/lib/listing-draft-store"

/** How long typing may go on before the draft is written: often enough, not on every key. */
const debounceMs = 400

/**
 * Keeps the wizard's state in the browser under `key` and resumes it: on load the draft, if
 * any, is handed to `restore` (and `resumed` says so); every change after that is written a
 * moment later (a new photo at once), and at once when the page is hidden, closed or left. `active` false stops
 * writing (the listing is saved and its photos sent: the draft was cleared and must stay so).
 */
export function useWizardDraft(key: string, snapshot: WizardDraft, active: boolean, restore: (draft: WizardDraft) => void) {
  const [resumed, setResumed] = useState(false)
  const loaded = useRef(false)
  // Starting over resets the wizard: that reset is not a change worth keeping as a draft.
  const skipNext = useRef(false)
  // The write waiting for the debounce to end: replaced by the next change, written at once when
  // the page goes away, dropped when the draft is cleared.
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null)
  const latest = useRef({ snapshot, active, restore })

  useEffect(() => {
    latest.current = { snapshot, active, restore }
  })

  const write = useCallback(() => {
    if (pending.current) clearTimeout(pending.current)
    pending.current = null
    void saveDraft(key, latest.current.snapshot)
  }, [key])

  useEffect(() => {
    let cancelled = false
    void loadDraft(key).then((draft) => {
      if (cancelled) return
      loaded.current = true
      if (!draft) return
      latest.current.restore(draft)
      setResumed(true)
    })
    return () => {
      cancelled = true
    }
  }, [key])

  useEffect(() => {
    if (pending.current) clearTimeout(pending.current)
    pending.current = null
    if (!loaded.current || !active) return
    if (skipNext.current) {
      skipNext.current = false
      return
    }
    // A photo just added is kept at once: copying it takes time a closing page does not give.
    if (hasUnkeptPhotos(key, snapshot.photos)) return write()
    pending.current = setTimeout(write, debounceMs)
  }, [key, snapshot, active, write])

  useEffect(() => {
    // The page is hidden, closed or left: no time for an asynchronous write to finish.
    const flush = () => {
      if (!pending.current || !latest.current.active) return
      clearTimeout(pending.current)
      pending.current = null
      saveDraftNow(key, latest.current.snapshot)
    }
    const onHidden = () => {
      if (document.visibilityState === "hidden") flush()
    }
    document.addEventListener("visibilitychange", onHidden)
    window.addEventListener("pagehide", flush)
    return () => {
      document.removeEventListener("visibilitychange", onHidden)
      window.removeEventListener("pagehide", flush)
      flush()
    }
  }, [key])

  return {
    resumed,
    /** Writes a state now (right after the product was created, or a photo sent): never to be lost. */
    keep: (state: WizardDraft) => saveDraft(key, state),
    /** Forgets the draft: the member starts over, or everything is saved and sent. */
    clear: () => {
      skipNext.current = true
      if (pending.current) clearTimeout(pending.current)
      pending.current = null
      setResumed(false)
      return clearDraft(key)
    },
  }
}
