import { directionOf, type Locale } from "@tiwizi/locale"

/** A rendered email, as every provider receives it in a notification's `content`. */
export type RenderedEmail = { subject: string; text: string; html: string }

/** Escapes text for HTML: every value that reaches an email comes from a customer or a cooperative. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;")
}

/**
 * Wraps an email's body (already escaped HTML) in a small, accessible document: the language
 * and direction of the reader (`dir="rtl"` in Arabic), the subject as title, system fonts and
 * inline styles only, since mail clients drop style sheets.
 */
export function emailHtml(locale: Locale, subject: string, body: string): string {
  const dir = directionOf(locale)
  return [
    "<!doctype html>",
    `<html lang="${locale}" dir="${dir}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title></head>`,
    `<body style="margin:0;padding:24px;background:#faf7f2;color:#1f1a17;font-family:system-ui,-apple-system,'Segoe UI',Tahoma,Arial,sans-serif;font-size:16px;line-height:1.5;text-align:${dir === "rtl" ? "right" : "left"}">`,
    `<main style="max-width:600px;margin:0 auto;background:#ffffff;padding:24px;border-radius:8px">${body}`,
    '<p style="margin-top:32px;color:#5c524b;font-size:14px">Tiwizi</p></main>',
    "</body></html>",
  ].join("\n")
}

/** A link styled as a button, large enough to tap, with its address readable by every client. */
export function emailButton(url: string, label: string): string {
  return `<p style="margin:24px 0"><a href="${escapeHtml(url)}" style="display:inline-block;padding:12px 20px;background:#9a3412;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:600">${escapeHtml(label)}</a></p>`
}
