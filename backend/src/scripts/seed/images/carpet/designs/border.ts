import type { Random } from "../../prng"
import type { Grid } from "../grid"
import type { Palette } from "../palette"
import { frame, lozenge, triangles } from "../shapes"

/**
 * A Middle Atlas border: dark guard lines around a light band carrying a chain of small
 * lozenges (or, on a narrow rug, a plain band) and sawtooth triangles across the ends.
 * Returns its width in cells, where the field starts.
 */
export function atlasBorder(grid: Grid, palette: Palette, random: Random): number {
  const { cols, rows } = grid
  const { dark, light, accents } = palette
  const width = Math.max(5, Math.round(cols * 0.07))
  const band = width - 2
  const chain = random.pick(accents.filter((index) => index !== light)) ?? dark
  frame(grid, 0, 1, dark)
  frame(grid, 1, band, light)
  if (band >= 4) {
    const half = (band - 1) / 2
    for (let y = 1 + half; y < rows - 1 - half; y += band + 1) {
      lozenge(grid, 1 + half, y, half, half, chain)
      lozenge(grid, cols - 2 - half, y, half, half, chain)
    }
  }
  triangles(grid, 1, Math.max(4, band), band, chain, true, width - 1, cols - width + 1)
  triangles(grid, rows - 2, Math.max(4, band), band, chain, false, width - 1, cols - width + 1)
  frame(grid, width - 1, 1, dark)
  return width
}
