import type { Grid } from "./grid"

/**
 * A lozenge centred on (cx, cy) with half-diagonals rx and ry, painted where the normalised
 * distance lies between `inner` and 1: 0 fills it, 0.8 leaves only a ring. On a knot grid the
 * edges come out stepped, as they do on a real rug.
 */
export function lozenge(grid: Grid, cx: number, cy: number, rx: number, ry: number, colour: number, inner = 0): void {
  for (let y = Math.floor(cy - ry); y <= Math.ceil(cy + ry); y++) {
    for (let x = Math.floor(cx - rx); x <= Math.ceil(cx + rx); x++) {
      const d = Math.abs(x - cx) / rx + Math.abs(y - cy) / ry
      if (d <= 1 && d >= inner) grid.set(x, y, colour)
    }
  }
}

/** Concentric lozenges, outermost colour first, each ring `ring` cells thick. */
export function nestedLozenge(grid: Grid, cx: number, cy: number, rx: number, ry: number, colours: number[], ring: number): void {
  colours.forEach((colour, index) => {
    const shrink = index * ring
    if (rx - shrink > 0.5 && ry - shrink > 0.5) lozenge(grid, cx, cy, rx - shrink, ry - shrink * (ry / rx), colour)
  })
}

/** A zigzag line across x0..x1 around row y, `amplitude` cells high, `period` cells long, `thickness` rows thick. */
export function zigzag(grid: Grid, y: number, amplitude: number, period: number, thickness: number, colour: number, x0 = 0, x1 = grid.cols): void {
  for (let x = x0; x < x1; x++) {
    const phase = (x % period) / period
    const offset = Math.round(amplitude * (phase < 0.5 ? phase * 2 : 2 - phase * 2))
    for (let t = 0; t < thickness; t++) grid.set(x, y + offset + t, colour)
  }
}

/** A row of triangles standing on row `base`, each `width` cells wide, pointing up (or down). */
export function triangles(grid: Grid, base: number, width: number, height: number, colour: number, down = false, x0 = 0, x1 = grid.cols): void {
  for (let x = x0; x < x1; x++) {
    const phase = ((x - x0) % width) / width
    const peak = Math.round(height * (1 - Math.abs(phase * 2 - 1)))
    for (let t = 0; t < peak; t++) grid.set(x, down ? base + t : base - t, colour)
  }
}

/** A small plus-shaped star. */
export function cross(grid: Grid, cx: number, cy: number, arm: number, colour: number): void {
  for (let d = -arm; d <= arm; d++) {
    grid.set(cx + d, cy, colour)
    grid.set(cx, cy + d, colour)
  }
}

/** A small X, the "frog" of Middle Atlas weavers. */
export function saltire(grid: Grid, cx: number, cy: number, arm: number, colour: number): void {
  for (let d = -arm; d <= arm; d++) {
    grid.set(cx + d, cy + d, colour)
    grid.set(cx + d, cy - d, colour)
  }
}

/** Hooks on the left and right corners of a lozenge: short spurs that turn back up and down. */
export function hooks(grid: Grid, cx: number, cy: number, rx: number, length: number, colour: number): void {
  for (const side of [-1, 1]) {
    const tip = Math.round(cx + side * (rx + 1))
    for (let d = 0; d < length; d++) grid.set(tip + side * d, Math.round(cy), colour)
    const end = tip + side * (length - 1)
    for (let d = 1; d <= Math.ceil(length / 2); d++) {
      grid.set(end, Math.round(cy) - d, colour)
      grid.set(end, Math.round(cy) + d, colour)
    }
  }
}

/** A frame `width` cells thick, `inset` cells in from the grid's edge. */
export function frame(grid: Grid, inset: number, width: number, colour: number): void {
  grid.rect(inset, inset, grid.cols - inset, inset + width, colour)
  grid.rect(inset, grid.rows - inset - width, grid.cols - inset, grid.rows - inset, colour)
  grid.rect(inset, inset, inset + width, grid.rows - inset, colour)
  grid.rect(grid.cols - inset - width, inset, grid.cols - inset, grid.rows - inset, colour)
}
