/**
 * Puts values into a message handed raw to a client component (`{index}` → 2). The portal's
 * client components receive their words from the server as plain strings, without next-intl's
 * formatter in the browser; their messages use plain `{name}` arguments only, no plurals.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
}
