import type { Random } from "../../prng"
import type { Grid } from "../grid"
import type { Palette } from "../palette"
import { cross, lozenge, saltire, zigzag } from "../shapes"

/** Splits a rectangle into patches the way a weaver uses up bags of offcuts, one colour each. */
function patches(grid: Grid, x0: number, y0: number, x1: number, y1: number, colours: number[], random: Random, depth: number): void {
  const w = x1 - x0
  const h = y1 - y0
  if (depth > 5 || (w < 10 && h < 10) || (depth > 2 && random.chance(0.2))) {
    grid.rect(x0, y0, x1, y1, random.pick(colours))
    return
  }
  if (h > w * 0.8) {
    const cut = y0 + Math.round(h * random.between(0.3, 0.7))
    patches(grid, x0, y0, x1, cut, colours, random, depth + 1)
    patches(grid, x0, cut, x1, y1, colours, random, depth + 1)
  } else {
    const cut = x0 + Math.round(w * random.between(0.3, 0.7))
    patches(grid, x0, y0, cut, y1, colours, random, depth + 1)
    patches(grid, cut, y0, x1, y1, colours, random, depth + 1)
  }
}

/**
 * Boucherouite rag rugs: bright patches, bands or a floating lozenge, every knot a strip of a
 * different garment, so the surface is speckled with stray colours throughout.
 */
export function boucherouite(grid: Grid, palette: Palette, random: Random, motif: string): void {
  const { cols, rows } = grid
  // Rags have no outline colour: the dark shade the palette derives for other rugs only joins
  // the mix when the rug has too few colours of its own.
  const colours = palette.colours.map((_, index) => index).filter((index) => index !== palette.dark || palette.colours.length < 4)
  if (motif === "patchwork") {
    patches(grid, 0, 0, cols, rows, colours, random, 0)
  } else if (motif === "rayures") {
    for (let y = 0; y < rows; ) {
      const height = random.int(2, 7)
      grid.rect(0, y, cols, y + height, random.pick(colours))
      if (random.chance(0.3)) {
        const x = random.int(0, cols - 6)
        grid.rect(x, y, x + random.int(3, 10), y + height, random.pick(colours))
      }
      y += height
    }
  } else if (motif === "losanges") {
    for (let y = 0; y < rows; y++) for (let x = 0; x < cols; x++) if (random.chance(0.35)) grid.set(x, y, random.pick(colours))
    const cx = (cols - 1) / 2
    const cy = (rows - 1) / 2
    const rx = cols / 2 - 2
    const ry = Math.min(rows / 2 - 2, rx * 1.5)
    const ring = random.pick(palette.accents)
    lozenge(grid, cx, cy, rx, ry, ring, 0.8)
    lozenge(grid, cx, cy, rx * 0.45, ry * 0.45, random.pick(palette.accents.filter((index) => index !== ring && index !== palette.dark)))
  } else {
    const ground = random.pick(colours)
    grid.rect(0, 0, cols, rows, ground)
    const signs = Math.round((cols * rows) / 120)
    for (let i = 0; i < signs; i++) {
      const x = random.int(3, cols - 4)
      const y = random.int(3, rows - 4)
      const colour = random.pick(colours.filter((index) => index !== ground))
      const sign = random.int(0, 3)
      if (sign === 0) cross(grid, x, y, 2, colour)
      else if (sign === 1) saltire(grid, x, y, 2, colour)
      else if (sign === 2) lozenge(grid, x, y, 2.5, 2.5, colour, 0.55)
      else zigzag(grid, y, 2, 4, 1, colour, x - 4, x + 5)
    }
  }
  // Rag strips never line up: roughen every edge by borrowing a neighbour's colour, then
  // scatter stray knots from other garments.
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < cols; x++) {
      if (random.chance(0.3)) grid.set(x, y, grid.get(Math.min(cols - 1, Math.max(0, x + random.int(-1, 1))), Math.min(rows - 1, Math.max(0, y + random.int(-1, 1)))))
      else if (random.chance(0.08)) grid.set(x, y, random.pick(colours))
    }
  }
}
