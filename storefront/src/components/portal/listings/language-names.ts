import type { Locale } from "@tiwizi/locale"

/** Each language in its own words, as a member who reads only that one recognises it. */
export const languageNames: Record<Locale, string> = { fr: "Français", ar: "العربية", en: "English" }
