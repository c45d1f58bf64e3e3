import type { OverlayOptions } from "sharp"
import { shade } from "../colour"
import type { Random } from "../prng"
import { textureOverlay } from "../texture"
import { fringeSvg } from "./fringe"
import type { Grid } from "./grid"
import { carpetLayout } from "./layout"
import type { Palette } from "./palette"
import type { CarpetStyle } from "./styles"
import { abrash, wobble } from "./wobble"

const FLOOR = { light: "#f1ebe2", dark: "#ddd3c5" }
/** Undyed wool or cotton warp, whatever the rug's colours: it is what the fringes are made of. */
const WARP = "#d9cfba"

/**
 * The whole rug seen from above on a pale floor, with its shadow, wavy selvedges, abrash, pile
 * texture and fringes. Rows are drawn as runs of same-coloured knots, which keeps the SVG small.
 */
export function renderMain(
  grid: Grid,
  palette: Palette,
  style: CarpetStyle,
  size: { widthCm: number; lengthCm: number },
  random: Random,
): { svg: string; overlays: OverlayOptions[] } {
  const layout = carpetLayout(size.widthCm, size.lengthCm)
  const { rug, scale } = layout
  const kilim = style.kilimCm * scale
  const body = { y: rug.y + kilim, height: rug.height - 2 * kilim }
  const cellW = rug.width / grid.cols
  const cellH = body.height / grid.rows
  const left = wobble(grid.rows + 2, 0.35 * scale, random)
  const right = wobble(grid.rows + 2, 0.35 * scale, random)
  const shades = abrash(grid.rows, 0.07, random)
  const colours = palette.colours
  const binding = shade(colours[palette.dark], 0.05)

  const rows: string[] = []
  for (let r = 0; r < grid.rows; r++) {
    const y = (body.y + r * cellH).toFixed(2)
    const h = (cellH + 0.6).toFixed(2)
    let start = 0
    for (let x = 1; x <= grid.cols; x++) {
      if (x < grid.cols && grid.get(x, r) === grid.get(start, r)) continue
      const x0 = rug.x + start * cellW + (start === 0 ? left[r + 1] : 0)
      const x1 = rug.x + x * cellW + (x === grid.cols ? right[r + 1] : 0.6)
      const colour = shade(colours[grid.get(start, r)], shades[r])
      rows.push(`<rect x="${x0.toFixed(2)}" y="${y}" width="${(x1 - x0).toFixed(2)}" height="${h}" fill="${colour}"/>`)
      start = x
    }
    const edge = Math.max(1, 0.7 * scale)
    rows.push(`<rect x="${(rug.x + left[r + 1] - edge / 2).toFixed(2)}" y="${y}" width="${edge.toFixed(2)}" height="${h}" fill="${binding}"/>`)
    rows.push(`<rect x="${(rug.x + rug.width + right[r + 1] - edge / 2).toFixed(2)}" y="${y}" width="${edge.toFixed(2)}" height="${h}" fill="${binding}"/>`)
  }

  const kilimColour = style.weave === "rag" ? WARP : shade(colours[palette.light], -0.05)
  const stripe = Math.max(1, 0.35 * scale)
  const ends = [rug.y, rug.y + rug.height - kilim]
    .map(
      (y) =>
        `<rect x="${(rug.x + left[0]).toFixed(2)}" y="${y.toFixed(2)}" width="${(rug.width - left[0] + right[0]).toFixed(2)}" height="${kilim.toFixed(2)}" fill="${kilimColour}"/>` +
        `<rect x="${rug.x.toFixed(2)}" y="${(y + kilim / 2 - stripe / 2).toFixed(2)}" width="${rug.width.toFixed(2)}" height="${stripe.toFixed(2)}" fill="${colours[palette.field]}"/>`,
    )
    .join("")

  const warp = WARP
  const fringes =
    fringeSvg(rug.x, rug.x + rug.width, rug.y, -1, layout.fringe, scale, warp, random) +
    fringeSvg(rug.x, rug.x + rug.width, rug.y + rug.height, 1, layout.fringe, scale, warp, random)
  const blur = (Math.max(layout.width, layout.height) * 0.012).toFixed(1)

  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}">
<defs>
<radialGradient id="floor" cx="50%" cy="40%" r="75%"><stop offset="0" stop-color="${FLOOR.light}"/><stop offset="1" stop-color="${FLOOR.dark}"/></radialGradient>
<filter id="shadow" x="-20%" y="-20%" width="140%" height="140%"><feGaussianBlur stdDeviation="${blur}"/></filter>
</defs>
<rect width="100%" height="100%" fill="url(#floor)"/>
<rect x="${(rug.x + scale * 0.8).toFixed(1)}" y="${(rug.y + scale * 1.5).toFixed(1)}" width="${rug.width.toFixed(1)}" height="${rug.height.toFixed(1)}" fill="#3b2a1e" opacity="0.35" filter="url(#shadow)"/>
${fringes}
<g shape-rendering="crispEdges">${ends}${rows.join("")}</g>
</svg>`

  const overlays = [
    textureOverlay({ left: rug.x, top: body.y, width: rug.width, height: body.height }, random, {
      mottle: style.weave === "rag" ? 40 : 28,
      grain: 8,
      grainPx: Math.max(3, cellW * 1.5),
      weave: { kind: style.weave, cellW, cellH, strength: Math.min(40, 4 * cellW) },
    }),
  ]
  return { svg, overlays }
}
