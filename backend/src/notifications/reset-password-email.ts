import type { Locale } from "@tiwizi/locale"
import { emailButton, emailHtml, escapeHtml, type RenderedEmail } from "./email-layout"

/** The words of one password reset email, per language. */
export type ResetPasswordTexts = Record<Locale, { subject: string; intro: string; action: string; validity: string; ignore: string }>

/**
 * Renders a password reset email: what was asked, the link (valid 15 minutes, Medusa's reset
 * token lifetime) and what to do when the reader did not ask. Shared by customers' and
 * cooperative members' resets, which differ only by their words and their page.
 */
export function renderResetPasswordEmail(texts: ResetPasswordTexts, locale: Locale, url: string): RenderedEmail {
  const t = texts[locale]
  const text = [t.intro, "", `${t.action}: ${url}`, "", t.validity, t.ignore].join("\n")
  const body = [
    `<h1 style="font-size:22px;margin:0 0 16px">${escapeHtml(t.subject)}</h1>`,
    `<p>${escapeHtml(t.intro)}</p>`,
    emailButton(url, t.action),
    `<p style="font-size:14px;word-break:break-all"><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>`,
    `<p>${escapeHtml(t.validity)}</p>`,
    `<p>${escapeHtml(t.ignore)}</p>`,
  ].join("\n")
  return { subject: t.subject, text, html: emailHtml(locale, t.subject, body) }
}
