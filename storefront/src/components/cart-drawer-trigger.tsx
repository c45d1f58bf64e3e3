"use client"

import Link from "next/link"
import type { ComponentProps } from "react"
import { openCartDrawer } from "./cart-drawer"

/**
 * The header's cart link: a plain link to the cart page, which opens the cart drawer instead
 * once the page is interactive (a click with a modifier key still opens the page, in a new tab
 * or window as asked).
 */
export function CartDrawerTrigger(props: ComponentProps<typeof Link>) {
  return (
    <Link
      {...props}
      aria-haspopup="dialog"
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return
        if (openCartDrawer(false)) event.preventDefault()
      }}
    />
  )
}
