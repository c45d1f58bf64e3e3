import { mix, shade } from "../colour"
import type { Random } from "../prng"
import { commonDefs, SIZE } from "./draw"

/** The studio set a category is photographed on: a wall colour and a table colour. */
export type Backdrop = { wall: string; table: string }

/**
 * A complete SVG picture: a softly lit wall, a table edge at `horizon` (a fraction of the
 * height) and the object's own drawing on top. The wall's tint shifts a little per product so a
 * grid of products does not look stamped out.
 */
export function scene(backdrop: Backdrop, body: string, random: Random, { horizon = 0.66, defs = "" } = {}): string {
  const wall = mix(backdrop.wall, random.pick(["#f6e9dc", "#e9eef0", "#efe8f3", "#f3f0e4"]), random.between(0, 0.35))
  const table = shade(backdrop.table, random.between(-0.04, 0.04))
  const y = Math.round(SIZE * horizon)
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">
<defs>${commonDefs()}
<radialGradient id="wall" cx="50%" cy="30%" r="80%"><stop offset="0" stop-color="${shade(wall, 0.25)}"/><stop offset="1" stop-color="${wall}"/></radialGradient>
<linearGradient id="table" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${shade(table, -0.06)}"/><stop offset="1" stop-color="${shade(table, 0.08)}"/></linearGradient>
${defs}</defs>
<rect width="${SIZE}" height="${SIZE}" fill="url(#wall)"/>
<rect y="${y}" width="${SIZE}" height="${SIZE - y}" fill="url(#table)"/>
<rect y="${y}" width="${SIZE}" height="3" fill="#fff" opacity="0.35"/>
${body}
</svg>`
}

/** The same drawing seen closer: scaled about a point of interest, for a detail view. */
export function zoom(body: string, focus: { x: number; y: number }, factor: number): string {
  const tx = SIZE / 2 - focus.x * factor
  const ty = SIZE / 2 - focus.y * factor
  return `<g transform="translate(${tx.toFixed(1)} ${ty.toFixed(1)}) scale(${factor})">${body}</g>`
}

/** Scales a drawing about a point on the table (the middle of the frame at `baseline`), so the piece fills the frame. */
export function enlarge(body: string, factor = 1.22, baseline = 870): string {
  const cx = SIZE / 2
  return `<g transform="translate(${cx} ${baseline}) scale(${factor}) translate(${-cx} ${-baseline})">${body}</g>`
}
