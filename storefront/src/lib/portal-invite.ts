import { intlTagOf, type Locale } from "@tiwizi/locale"
import { localePath } from "./locale-path"

/** The link an invited person opens to join the cooperative: `<site>/<locale>/cooperative/join?token=…`. */
export function inviteLink(site: string, locale: Locale, token: string): string {
  return `${site}${localePath(locale, "/cooperative/join")}?${new URLSearchParams({ token })}`
}

/**
 * A WhatsApp link that opens a message with the text and the link, for the owner to send.
 * Spaces as `%20`, not `+`: WhatsApp shows a `+` as is.
 */
export function whatsappShareLink(message: string, link: string): string {
  return `https://wa.me/?text=${encodeURIComponent(`${message} ${link}`)}`
}

/** The day an invitation stops working, as a cooperative in Morocco reads it (`6 décembre 2026`). */
export function formatExpiry(expiresAt: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlTagOf(locale), { dateStyle: "long", timeZone: "Africa/Casablanca" }).format(new Date(expiresAt))
}
