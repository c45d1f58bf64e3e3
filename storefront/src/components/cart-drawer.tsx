"use client"

import { usePathname } from "next/navigation"
import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from "react"

const openEvent = "tiwizi:cart-drawer"

// How many drawers are mounted (one, in the header), so that other components know whether the
// drawer will show what they would otherwise say themselves.
let mounted = 0
const watchers = new Set<() => void>()
const setMounted = (change: number) => {
  mounted += change
  watchers.forEach((notify) => notify())
}
const watch = (notify: () => void) => {
  watchers.add(notify)
  return () => watchers.delete(notify)
}

/**
 * Whether the page has an interactive cart drawer. Always false on the server and before
 * hydration, so a page without JavaScript says things itself.
 */
export function useCartDrawerPresent(): boolean {
  return useSyncExternalStore(
    watch,
    () => mounted > 0,
    () => false,
  )
}

/**
 * Asks the cart drawer to open; `added` shows the "added to your cart" line at its top. Returns
 * false when no drawer is on the page, so the caller falls back to its own message or link.
 */
export function openCartDrawer(added: boolean): boolean {
  // The drawer cancels the event to say it took it.
  return !window.dispatchEvent(new CustomEvent(openEvent, { cancelable: true, detail: { added } }))
}

type Props = { title: string; closeLabel: string; addedLabel: string; children: ReactNode }

/**
 * The cart as a side panel, on the end side (right in French, left in Arabic): a native modal
 * `<dialog>`, so the browser traps focus inside it, closes it with Escape and hides the page
 * behind it from screen readers. It closes on a click outside the panel and when a link in it
 * leads to another page. Its content is rendered on the server and refreshed with every cart
 * action.
 */
export function CartDrawer({ title, closeLabel, addedLabel, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [added, setAdded] = useState(false)
  const pathname = usePathname()

  useEffect(() => {
    const open = (event: Event) => {
      event.preventDefault()
      setAdded(Boolean((event as CustomEvent<{ added: boolean }>).detail?.added))
      if (!dialog.current?.open) dialog.current?.showModal()
    }
    window.addEventListener(openEvent, open)
    setMounted(1)
    return () => {
      window.removeEventListener(openEvent, open)
      setMounted(-1)
    }
  }, [])

  useEffect(() => {
    dialog.current?.close()
  }, [pathname])

  return (
    <dialog
      ref={dialog}
      aria-labelledby="cart-drawer-title"
      onClick={(event) => {
        if (event.target === dialog.current) dialog.current.close()
      }}
      className="fixed inset-y-0 m-0 ms-auto h-dvh max-h-none w-full max-w-md overflow-y-auto bg-sand p-0 text-ink shadow-2xl backdrop:bg-ink/40 open:flex open:flex-col"
    >
      <div className="flex items-center justify-between gap-3 border-b border-clay px-4 py-3">
        <h2 id="cart-drawer-title" className="text-xl font-bold">
          {title}
        </h2>
        <button
          type="button"
          onClick={() => dialog.current?.close()}
          aria-label={closeLabel}
          className="inline-flex size-11 items-center justify-center rounded-full text-2xl leading-none hover:bg-wool"
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {added && (
        <p role="status" className="mx-4 mt-3 rounded-lg bg-olive/10 px-3 py-2 font-medium text-olive">
          {addedLabel}
        </p>
      )}
      <div className="flex flex-1 flex-col px-4 pb-4">{children}</div>
    </dialog>
  )
}
