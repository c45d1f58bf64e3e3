import type { OverlayOptions } from "sharp"
import { shade } from "../colour"
import type { Random } from "../prng"
import { textureOverlay } from "../texture"
import { fringeSvg } from "./fringe"
import type { Grid } from "./grid"
import type { Palette } from "./palette"
import type { CarpetStyle } from "./styles"

export const DETAIL = { width: 1200, height: 900 }
const FLOOR = "#e6ddd0"
const WARP = "#d9cfba"
/** Knots across the close-up: enough to read a motif, few enough to see each knot. */
const KNOTS_ACROSS = 26

/** One knot, weft pick or rag tuft at (x, y), `size` pixels wide, in `colour`. */
function stitch(weave: CarpetStyle["weave"], x: number, y: number, size: number, colour: string, random: Random): string {
  const f = (n: number) => n.toFixed(1)
  if (weave === "flat") {
    // Two weft passes per cell, each a ribbon that bulges where it crosses a warp thread.
    const half = size / 2
    return [0, half]
      .map((dy) => {
        const tone = shade(colour, random.between(-0.05, 0.05))
        return `<rect x="${f(x - 0.5)}" y="${f(y + dy + half * 0.05)}" width="${f(size + 1)}" height="${f(half * 0.9)}" rx="${f(half * 0.4)}" fill="${tone}"/><rect x="${f(x - 0.5)}" y="${f(y + dy + half * 0.05)}" width="${f(size + 1)}" height="${f(half * 0.9)}" fill="url(#rib)"/>`
      })
      .join("")
  }
  if (weave === "rag") {
    const parts: string[] = []
    for (let i = 0; i < 3; i++) {
      const angle = random.between(-60, 60).toFixed(0)
      const cx = f(x + size * random.between(0.2, 0.8))
      const cy = f(y + size * random.between(0.2, 0.8))
      const tone = shade(colour, random.between(-0.1, 0.1))
      parts.push(`<ellipse cx="${cx}" cy="${cy}" rx="${f(size * 0.55)}" ry="${f(size * 0.28)}" transform="rotate(${angle} ${cx} ${cy})" fill="${tone}"/>`)
    }
    return parts.join("") + `<ellipse cx="${f(x + size / 2)}" cy="${f(y + size / 2)}" rx="${f(size * 0.6)}" ry="${f(size * 0.6)}" fill="url(#lobe)"/>`
  }
  const fibres: string[] = []
  for (let i = 0; i < 4; i++) {
    const fx = x + size * random.between(0.1, 0.9)
    const fy = y + size * random.between(0.15, 0.85)
    const tone = shade(colour, random.chance(0.5) ? 0.18 : -0.18)
    fibres.push(`<path d="M${f(fx)} ${f(fy)} q${f(size * random.between(-0.2, 0.2))} ${f(-size * 0.15)} ${f(size * random.between(-0.25, 0.25))} ${f(-size * 0.3)}" stroke="${tone}" stroke-width="${f(size * 0.05)}" fill="none" stroke-linecap="round"/>`)
  }
  return (
    `<rect x="${f(x)}" y="${f(y)}" width="${f(size + 0.6)}" height="${f(size + 0.6)}" fill="${shade(colour, -0.1)}"/>` +
    `<ellipse cx="${f(x + size * 0.3)}" cy="${f(y + size * 0.5)}" rx="${f(size * 0.34)}" ry="${f(size * 0.55)}" fill="${colour}"/>` +
    `<ellipse cx="${f(x + size * 0.7)}" cy="${f(y + size * 0.5)}" rx="${f(size * 0.34)}" ry="${f(size * 0.55)}" fill="${colour}"/>` +
    `<rect x="${f(x)}" y="${f(y)}" width="${f(size)}" height="${f(size)}" fill="url(#lobe)"/>` +
    fibres.join("")
  )
}

/**
 * The first row of the close-up: the rug's end if the corner shows some pattern, else the
 * stretch along the left edge with the most colour changes (a wedding hanbel opens with a wide
 * plain band, which would make a dull close-up). The flat-woven end is drawn above it anyway:
 * the picture reads as "the end of the rug, then this", which is true of the weave if not of
 * the exact rows.
 */
function busiestRows(grid: Grid, across: number, down: number): number {
  const changes = (start: number) => {
    let count = 0
    for (let r = start; r < start + down; r++) {
      for (let c = 1; c < across; c++) if (grid.get(c, r) !== grid.get(c - 1, r) || grid.get(c, r) !== grid.get(c, Math.max(0, r - 1))) count++
    }
    return count
  }
  const corner = changes(0)
  let best = 0
  let bestCount = corner
  for (let start = 1; start + down <= grid.rows; start += Math.max(1, Math.floor(down / 3))) {
    const count = changes(start)
    if (count > bestCount) [best, bestCount] = [start, count]
  }
  return corner >= bestCount * 0.5 ? 0 : best
}

/**
 * A close-up of the rug's top-left corner: the fringe, the flat-woven end, the selvedge and
 * a few dozen knots (or weft picks, or rag tufts) of the border and field, each drawn with its
 * own shade of the dye, the way a shop photographs the back-story of a carpet.
 */
export function renderDetail(grid: Grid, palette: Palette, style: CarpetStyle, random: Random): { svg: string; overlays: OverlayOptions[] } {
  const across = Math.min(grid.cols, KNOTS_ACROSS)
  const left = 70
  const size = (DETAIL.width - left) / across
  const scale = size / style.cellCm
  const fringeBottom = 170
  const kilim = style.kilimCm * scale
  const top = fringeBottom + kilim
  const down = Math.min(grid.rows, Math.ceil((DETAIL.height - top) / size))
  const startRow = busiestRows(grid, across, down)
  const colours = palette.colours

  const knots: string[] = []
  for (let r = 0; r < down; r++) {
    for (let c = 0; c < across; c++) {
      const colour = shade(colours[grid.get(c, startRow + r)], random.between(-0.06, 0.05))
      knots.push(stitch(style.weave, left + c * size, top + r * size, size, colour, random))
    }
  }
  const ribs: string[] = []
  const kilimColour = style.weave === "rag" ? WARP : shade(colours[palette.light], -0.05)
  for (let y = fringeBottom; y < top; y += scale * 0.45) {
    ribs.push(`<rect x="${left}" y="${y.toFixed(1)}" width="${DETAIL.width - left}" height="${(scale * 0.42).toFixed(1)}" rx="${(scale * 0.2).toFixed(1)}" fill="${shade(kilimColour, random.between(-0.05, 0.03))}"/>`)
  }
  const binding = shade(colours[palette.dark], 0.05)
  const wraps: string[] = []
  for (let y = fringeBottom; y < DETAIL.height; y += size * 0.32) {
    wraps.push(`<path d="M${left - size * 0.45} ${y.toFixed(1)} l${(size * 0.55).toFixed(1)} ${(size * 0.2).toFixed(1)}" stroke="${shade(binding, 0.15)}" stroke-width="${(size * 0.12).toFixed(1)}" stroke-linecap="round"/>`)
  }

  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${DETAIL.width}" height="${DETAIL.height}" viewBox="0 0 ${DETAIL.width} ${DETAIL.height}">
<defs>
<radialGradient id="lobe" cx="50%" cy="40%" r="70%"><stop offset="0" stop-color="#fff" stop-opacity="0.1"/><stop offset="0.7" stop-color="#fff" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.16"/></radialGradient>
<linearGradient id="rib" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#fff" stop-opacity="0.25"/><stop offset="0.5" stop-color="#fff" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.3"/></linearGradient>
<linearGradient id="floor" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${shade(FLOOR, 0.2)}"/><stop offset="1" stop-color="${FLOOR}"/></linearGradient>
</defs>
<rect width="100%" height="100%" fill="url(#floor)"/>
${fringeSvg(left + size * 0.2, DETAIL.width + size, fringeBottom, -1, fringeBottom - 10, scale, WARP, random)}
${ribs.join("")}
<rect x="${(left - size * 0.45).toFixed(1)}" y="${fringeBottom}" width="${(size * 0.55).toFixed(1)}" height="${DETAIL.height - fringeBottom}" fill="${binding}"/>
${wraps.join("")}
${knots.join("")}
</svg>`
  const overlays = [
    textureOverlay({ left: left - size * 0.45, top: fringeBottom, width: DETAIL.width - left + size * 0.45, height: DETAIL.height - fringeBottom }, random, {
      mottle: 18,
      grain: 14,
      grainPx: size / 3,
    }),
  ]
  return { svg, overlays }
}
