import { shade } from "../colour"

/** Canvas size of every non-carpet picture: square, like a shop's product grid. */
export const SIZE = 1200

const f = (n: number) => n.toFixed(1)

/**
 * The outline of a turned vessel from its profile: [y, half-width] pairs from top to bottom,
 * mirrored about `cx` and smoothed with Catmull-Rom curves, as a potter's wheel would.
 */
export function vesselPath(profile: [number, number][], cx: number): string {
  const right = profile.map(([y, w]) => [cx + w, y] as const)
  const left = [...profile].reverse().map(([y, w]) => [cx - w, y] as const)
  const points = [...right, ...left]
  let d = `M${f(points[0][0])} ${f(points[0][1])}`
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[Math.max(0, i - 1)]
    const p1 = points[i]
    const p2 = points[i + 1]
    const p3 = points[Math.min(points.length - 1, i + 2)]
    // Do not smooth across the bottom corners and the rim: there the profile turns sharply.
    const sharp = i === right.length - 1
    const c1 = sharp ? p1 : [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6]
    const c2 = sharp ? p2 : [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6]
    d += ` C${f(c1[0])} ${f(c1[1])} ${f(c2[0])} ${f(c2[1])} ${f(p2[0])} ${f(p2[1])}`
  }
  return `${d} Z`
}

/** Half-width of a vessel at height y, interpolated from its profile. */
export function widthAt(profile: [number, number][], y: number): number {
  for (let i = 0; i < profile.length - 1; i++) {
    const [y0, w0] = profile[i]
    const [y1, w1] = profile[i + 1]
    if (y >= y0 && y <= y1) return w0 + ((w1 - w0) * (y - y0)) / (y1 - y0 || 1)
  }
  return profile[profile.length - 1][1]
}

/** Shared definitions: the shading that gives round things volume, and a soft shadow blur. */
export function commonDefs(): string {
  return (
    `<linearGradient id="volume" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#fff" stop-opacity="0.28"/><stop offset="0.35" stop-color="#fff" stop-opacity="0.05"/><stop offset="0.7" stop-color="#000" stop-opacity="0.08"/><stop offset="1" stop-color="#000" stop-opacity="0.35"/></linearGradient>` +
    `<linearGradient id="top-light" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#fff" stop-opacity="0.2"/><stop offset="1" stop-color="#000" stop-opacity="0.15"/></linearGradient>` +
    `<filter id="soft" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="14"/></filter>`
  )
}

/** A soft contact shadow under an object standing on the table. */
export function shadow(cx: number, cy: number, rx: number, ry: number, opacity = 0.3): string {
  return `<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(rx)}" ry="${f(ry)}" fill="#3a2a1c" opacity="${opacity}" filter="url(#soft)"/>`
}

/** A filled path plus the volume shading over it. */
export function solid(d: string, colour: string, extra = ""): string {
  return `<path d="${d}" fill="${colour}" ${extra}/><path d="${d}" fill="url(#volume)"/>`
}

/** The visible front half of a horizontal ring around a round body: a band of paint or weave. */
export function band(cx: number, y: number, halfWidth: number, thickness: number, colour: string, tilt = 0.14): string {
  const ry = halfWidth * tilt
  return `<path d="M${f(cx - halfWidth)} ${f(y)} A${f(halfWidth)} ${f(ry)} 0 0 0 ${f(cx + halfWidth)} ${f(y)}" stroke="${colour}" stroke-width="${f(thickness)}" fill="none"/>`
}

/**
 * Small motifs painted around a round body, spaced evenly in angle: only the front half shows,
 * squeezed towards the edges as the surface turns away.
 */
export function around(cx: number, y: number, halfWidth: number, count: number, draw: (x: number, y: number, squeeze: number) => string, tilt = 0.14): string {
  const parts: string[] = []
  for (let i = 0; i < count; i++) {
    const angle = -Math.PI / 2 + (Math.PI * (i + 0.5)) / count
    const x = cx + halfWidth * Math.sin(angle)
    const dy = halfWidth * tilt * Math.cos(angle)
    parts.push(draw(x, y + dy, Math.cos(angle)))
  }
  return parts.join("")
}

/** A plain diamond (lozenge) centred on (x, y). */
export function diamond(x: number, y: number, rx: number, ry: number, colour: string): string {
  return `<path d="M${f(x)} ${f(y - ry)} L${f(x + rx)} ${f(y)} L${f(x)} ${f(y + ry)} L${f(x - rx)} ${f(y)} Z" fill="${colour}"/>`
}

/** A darker shade for outlines and insides. */
export function deep(colour: string, amount = 0.3): string {
  return shade(colour, -amount)
}

export { f as fixed }
