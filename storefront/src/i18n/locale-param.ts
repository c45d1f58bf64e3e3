import type { Locale } from "@tiwizi/locale"
import { hasLocale } from "next-intl"
import { notFound } from "next/navigation"
import { routing } from "./routing"

/** The `[locale]` segment as a shop locale; any other value is a 404, never a fallback. */
export function localeFromParam(value: string): Locale {
  if (!hasLocale(routing.locales, value)) notFound()
  return value
}
