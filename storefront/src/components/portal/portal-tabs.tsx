"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"
import type { ReactNode } from "react"

export type PortalTab = { href: string; label: string; icon: ReactNode }

/**
 * The bottom tab bar of an approved cooperative's members: five big targets within the thumb's
 * reach, each an icon over its word. The current section is marked (`aria-current="page"`):
 * home only on its own page, the others on every page below them.
 */
export function PortalTabs({ tabs, label }: { tabs: PortalTab[]; label: string }) {
  const pathname = usePathname()
  const home = tabs[0]?.href
  const current = (href: string) => (href === home ? pathname === href : pathname === href || pathname.startsWith(`${href}/`))
  return (
    <nav aria-label={label} className="fixed inset-x-0 bottom-0 z-10 border-t border-clay bg-sand pb-[env(safe-area-inset-bottom)]">
      <ul className="mx-auto grid max-w-3xl grid-cols-5">
        {tabs.map((tab) => (
          <li key={tab.href}>
            <Link
              href={tab.href}
              aria-current={current(tab.href) ? "page" : undefined}
              className="flex min-h-14 flex-col items-center justify-center gap-0.5 border-t-2 border-transparent px-1 text-xs font-medium text-muted hover:text-ink aria-[current=page]:border-terracotta-dark aria-[current=page]:font-semibold aria-[current=page]:text-terracotta-dark"
            >
              <>
                {tab.icon}
                <span>{tab.label}</span>
              </>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
