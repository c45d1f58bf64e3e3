"use client"

import type { Locale } from "@tiwizi/locale"
import Image from "next/image"
import { usePathname, useRouter, useSearchParams } from "next/navigation"
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react"
import type { InstantResults } from "@/lib/instant-search"
import { SearchIcon } from "./icons"
import { searchButtonClass, searchInputClass } from "./search-form"

export type SearchBoxLabels = { label: string; placeholder: string; submit: string; results: string }

type Props = {
  /** The results page (`/ar/search`): the form's action, and where the typed words are read back. */
  action: string
  locale: Locale
  currency: string
  labels: SearchBoxLabels
}

const debounceMs = 200

/**
 * The header's search: a real `<form role="search">` that works without JavaScript, enhanced into
 * a WAI-ARIA 1.2 combobox with instant results. Typing asks `/api/search` once the visitor pauses
 * (a newer keystroke aborts the older request); Up and Down move through the results, Enter opens
 * the chosen one or, with none chosen, submits the words to the results page; Escape closes the
 * list, then clears the box. Prices and titles arrive formatted, so nothing else ships here.
 */
export function SearchBox({ action, locale, currency, labels }: Props) {
  const router = useRouter()
  const onResultsPage = usePathname() === action
  const urlQuery = useSearchParams().get("q") ?? ""
  const shownQuery = onResultsPage ? urlQuery : ""
  const [value, setValue] = useState(shownQuery)
  // Navigating to another results page (or away) puts its words in the box, as a reload would.
  const [lastShownQuery, setLastShownQuery] = useState(shownQuery)
  if (shownQuery !== lastShownQuery) {
    setLastShownQuery(shownQuery)
    setValue(shownQuery)
  }
  const [results, setResults] = useState<InstantResults | null>(null)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const request = useRef<AbortController>(undefined)
  const id = useId()
  const listboxId = `${id}-results`
  const optionId = (index: number) => `${id}-result-${index}`

  useEffect(
    () => () => {
      clearTimeout(timer.current)
      request.current?.abort()
    },
    [],
  )

  const hits = results?.hits ?? []
  const expanded = open && hits.length > 0

  function close() {
    setOpen(false)
    setActive(-1)
  }

  function search(text: string) {
    clearTimeout(timer.current)
    request.current?.abort()
    const q = text.trim()
    if (!q) {
      setResults(null)
      close()
      return
    }
    timer.current = setTimeout(async () => {
      const controller = new AbortController()
      request.current = controller
      try {
        const response = await fetch(`/api/search?${new URLSearchParams({ q, locale, currency })}`, { signal: controller.signal })
        if (!response.ok) throw new Error(`instant search answered ${response.status}`)
        setResults((await response.json()) as InstantResults)
        setOpen(true)
        setActive(-1)
      } catch {
        // Instant results are a shortcut: when they fail, the form still submits to the results
        // page, which reports errors properly.
        if (!controller.signal.aborted) {
          setResults(null)
          close()
        }
      }
    }, debounceMs)
  }

  function go(href: string) {
    clearTimeout(timer.current)
    request.current?.abort()
    close()
    router.push(href)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (hits.length === 0) return
      event.preventDefault()
      setOpen(true)
      if (event.altKey) return
      const down = event.key === "ArrowDown"
      if (!expanded || active < 0) setActive(down ? 0 : hits.length - 1)
      else setActive((active + (down ? 1 : hits.length - 1)) % hits.length)
    } else if (event.key === "Enter" && expanded && hits[active]) {
      event.preventDefault()
      go(hits[active].href)
    } else if (event.key === "Escape") {
      event.preventDefault()
      if (expanded) close()
      else {
        setValue("")
        search("")
      }
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const q = value.trim()
    go(q ? `${action}?${new URLSearchParams({ q })}` : action)
  }

  return (
    <form role="search" action={action} method="get" onSubmit={onSubmit} className="relative">
      <label htmlFor={`${id}-input`} className="sr-only">
        {labels.label}
      </label>
      <input
        id={`${id}-input`}
        name="q"
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        enterKeyHint="search"
        maxLength={100}
        placeholder={labels.placeholder}
        value={value}
        onChange={(event) => {
          setValue(event.target.value)
          search(event.target.value)
        }}
        onKeyDown={onKeyDown}
        onBlur={close}
        className={searchInputClass}
      />
      <button
        type="submit"
        aria-label={labels.submit}
        className={searchButtonClass}
      >
        <SearchIcon />
      </button>
      <ul
        id={listboxId}
        role="listbox"
        aria-label={labels.results}
        hidden={!expanded}
        // Keeps the focus in the box while a result is clicked, so the click is not lost to blur.
        onMouseDown={(event) => event.preventDefault()}
        className="absolute inset-x-0 top-full z-20 mt-1 overflow-hidden rounded-2xl bg-sand py-1 shadow-lg ring-1 ring-clay"
      >
        {hits.map((hit, index) => (
          <li
            key={hit.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            onClick={() => go(hit.href)}
            className="flex cursor-pointer items-center gap-3 px-3 py-2 hover:bg-wool aria-selected:bg-clay"
          >
            <span className="relative size-12 shrink-0 overflow-hidden rounded-lg bg-clay">
              {hit.thumbnail && <Image src={hit.thumbnail} alt="" fill sizes="48px" className="object-cover" />}
            </span>
            <span className="line-clamp-2 min-w-0 flex-1 text-sm font-medium">{hit.title}</span>
            {hit.price && <bdi className="shrink-0 text-sm font-semibold tabular-nums text-terracotta-dark">{hit.price}</bdi>}
          </li>
        ))}
      </ul>
      {/* Announces how many products match; shown as well when none does, in place of the list. */}
      <p
        role="status"
        className={
          open && hits.length === 0
            ? "absolute inset-x-0 top-full z-20 mt-1 rounded-2xl bg-sand px-4 py-3 text-sm text-muted shadow-lg ring-1 ring-clay"
            : "sr-only"
        }
      >
        {open ? results?.summary : ""}
      </p>
    </form>
  )
}
