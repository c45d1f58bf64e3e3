"use client"

import { useActionState } from "react"
import { updateQuantity, type LineQuantityState } from "@/lib/actions/cart"
import type { CartErrorCode } from "@/lib/errors"

export type CartQuantityLabels = {
  quantity: string
  decrease: string
  increase: string
  /** Said when the stock allows no more pieces. */
  maxReached: string
  /** Said of a piece there is only one of. */
  unique: string
  errors: Record<CartErrorCode, string>
}

type Props = {
  /** Keeps element ids unique when the drawer and the cart page show the same line. */
  idPrefix: string
  lineId: string
  quantity: number
  max: number
  /** The quantity as the reader's digits. */
  display: string
  labels: CartQuantityLabels
}

const initialState: LineQuantityState = { status: "idle" }

/**
 * A line's quantity stepper: − and + post the new quantity to a server action (a plain form
 * without JavaScript). + stops at the piece's available stock; a quantity the backend still
 * refuses (stock sold in the meantime) is announced next to the line, which keeps its quantity.
 */
export function CartQuantity({ idPrefix, lineId, quantity, max, display, labels }: Props) {
  const [state, formAction, pending] = useActionState(updateQuantity, initialState)
  const messageId = `${idPrefix}-quantity-${lineId}`
  const button =
    "inline-flex size-11 items-center justify-center rounded-full text-xl font-semibold hover:bg-wool disabled:cursor-not-allowed disabled:opacity-40"
  return (
    <form action={formAction} className="space-y-1">
      <input type="hidden" name="line_id" value={lineId} />
      <div role="group" aria-label={labels.quantity} aria-describedby={messageId} className="inline-flex items-center rounded-full border border-clay">
        <button type="submit" name="quantity" value={quantity - 1} disabled={pending || quantity <= 1} aria-label={labels.decrease} className={button}>
          <span aria-hidden="true">−</span>
        </button>
        <output aria-live="polite" className="min-w-8 text-center font-semibold tabular-nums">
          <bdi>{display}</bdi>
        </output>
        <button type="submit" name="quantity" value={quantity + 1} disabled={pending || quantity >= max} aria-label={labels.increase} className={button}>
          <span aria-hidden="true">+</span>
        </button>
      </div>
      <p id={messageId} className="text-sm" role={state.status === "error" ? "alert" : undefined}>
        {state.status === "error" ? (
          <span className="text-terracotta-dark">{labels.errors[state.code]}</span>
        ) : (
          quantity >= max && <span className="text-muted">{max === 1 ? labels.unique : labels.maxReached}</span>
        )}
      </p>
    </form>
  )
}
