/** A colour as red, green and blue channels from 0 to 255. */
export type Rgb = [number, number, number]

export function toRgb(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16)
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255]
}

export function toHex([r, g, b]: Rgb): string {
  const channel = (c: number) => Math.max(0, Math.min(255, Math.round(c))).toString(16).padStart(2, "0")
  return `#${channel(r)}${channel(g)}${channel(b)}`
}

/** Blends two colours: `amount` 0 gives `a`, 1 gives `b`. */
export function mix(a: string, b: string, amount: number): string {
  const [ra, ga, ba] = toRgb(a)
  const [rb, gb, bb] = toRgb(b)
  return toHex([ra + (rb - ra) * amount, ga + (gb - ga) * amount, ba + (bb - ba) * amount])
}

/** Lightens (positive `amount`) towards white or darkens (negative) towards black. */
export function shade(hex: string, amount: number): string {
  return amount >= 0 ? mix(hex, "#ffffff", amount) : mix(hex, "#000000", -amount)
}

/** Relative luminance from 0 (black) to 1 (white), to rank dyes from dark to light. */
export function luminance(hex: string): number {
  const [r, g, b] = toRgb(hex)
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255
}
