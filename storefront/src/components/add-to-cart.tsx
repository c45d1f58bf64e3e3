"use client"

import type { Locale } from "@tiwizi/locale"
import Link from "next/link"
import { useActionState, useEffect, useState } from "react"
import { addToCart, type AddToCartState } from "@/lib/actions/cart"
import type { CartErrorCode } from "@/lib/errors"
import { openCartDrawer, useCartDrawerPresent } from "./cart-drawer"

/** A variant as the buyer chooses it; texts are translated and formatted on the server. */
export type VariantChoice = {
  id: string
  label: string
  price: string
  stock: string
  available: boolean
}

export type AddToCartLabels = {
  choose: string
  addToCart: string
  adding: string
  added: string
  viewCart: string
  soldOut: string
  errors: Record<CartErrorCode, string>
}

type Props = { variants: VariantChoice[]; locale: Locale; cartHref: string; labels: AddToCartLabels }

const initialState: AddToCartState = { status: "idle" }

/**
 * Variant choice (when there are several), the chosen variant's price and stock, and the
 * button that adds it to the cart through a server action. While the action runs the button
 * says so and cannot be pressed twice. Once added, the cart drawer opens with the cart; without
 * a drawer (or before the page is interactive) the outcome is said here, with a link to the
 * cart. Errors are said here and announced to screen readers.
 */
export function AddToCart({ variants, locale, cartHref, labels }: Props) {
  const firstAvailable = variants.find((v) => v.available) ?? variants[0]
  const [selectedId, setSelectedId] = useState(firstAvailable?.id)
  const [state, formAction, pending] = useActionState(addToCart, initialState)
  const drawer = useCartDrawerPresent()
  // Each successful add is a new state object: the drawer opens once per add.
  useEffect(() => {
    if (state.status === "added") openCartDrawer(true)
  }, [state])
  const selected = variants.find((v) => v.id === selectedId) ?? firstAvailable
  if (!selected) return null

  return (
    <form action={formAction} className="space-y-5">
      <input type="hidden" name="locale" value={locale} />
      {variants.length > 1 ? (
        <fieldset className="space-y-2">
          <legend className="mb-2 font-medium">{labels.choose}</legend>
          <div className="flex flex-wrap gap-2">
            {variants.map((variant) => (
              <label
                key={variant.id}
                className="cursor-pointer rounded-xl border border-clay bg-sand px-4 py-2.5 has-checked:border-terracotta has-checked:bg-wool has-checked:ring-1 has-checked:ring-terracotta has-disabled:cursor-not-allowed has-disabled:opacity-50 has-focus-visible:outline-2 has-focus-visible:outline-indigo"
              >
                <input
                  type="radio"
                  name="variant_id"
                  value={variant.id}
                  checked={variant.id === selected.id}
                  disabled={!variant.available}
                  onChange={() => setSelectedId(variant.id)}
                  className="sr-only"
                />
                {variant.label}
                {!variant.available && (
                  <>
                    {" "}
                    <span className="block text-xs">{variant.stock}</span>
                  </>
                )}
              </label>
            ))}
          </div>
        </fieldset>
      ) : (
        <input type="hidden" name="variant_id" value={selected.id} />
      )}

      <div>
        <p className="text-2xl font-semibold text-terracotta-dark">
          <bdi className="tabular-nums">{selected.price}</bdi>
        </p>
        <p className={`mt-1 text-sm font-medium ${selected.available ? "text-olive" : "text-terracotta-dark"}`}>{selected.stock}</p>
      </div>

      <button
        type="submit"
        disabled={pending || !selected.available}
        aria-disabled={pending || !selected.available}
        className="inline-flex min-h-12 w-full items-center justify-center rounded-full bg-terracotta px-8 text-lg font-semibold text-sand hover:bg-terracotta-dark disabled:cursor-not-allowed disabled:opacity-60 sm:w-auto"
      >
        {!selected.available ? labels.soldOut : pending ? labels.adding : labels.addToCart}
      </button>

      <div aria-live="polite" className="min-h-6">
        {!pending && state.status === "added" && !drawer && (
          <p className="flex flex-wrap items-center gap-x-3 font-medium text-olive">
            {labels.added}
            <Link href={cartHref} className="text-indigo underline underline-offset-4">
              {labels.viewCart}
            </Link>
          </p>
        )}
        {!pending && state.status === "error" && (
          <p role="alert" className="rounded-lg bg-terracotta/10 p-3 text-sm text-terracotta-dark">
            {labels.errors[state.code]}
          </p>
        )}
      </div>
    </form>
  )
}
