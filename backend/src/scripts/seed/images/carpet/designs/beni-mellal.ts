import type { Random } from "../../prng"
import type { Grid } from "../grid"
import type { Palette } from "../palette"
import { cross, lozenge, saltire, zigzag } from "../shapes"

/** A diagonal line from (x, y) going down-right (dir 1) or down-left (dir -1), `width` knots thick. */
function diagonal(grid: Grid, x: number, y: number, dir: 1 | -1, width: number, colour: number): void {
  for (let t = 0; t < grid.rows * 2; t++) {
    for (let w = 0; w < width; w++) grid.set(x + dir * t + w, y + t, colour)
  }
}

/** A vertical zigzag two knots wide, down the whole rug. */
function zigzagColumn(grid: Grid, x: number, colour: number): void {
  for (let y = 0; y < grid.rows; y++) {
    const offset = Math.round(2 * Math.abs(((y / 3) % 2) - 1))
    grid.rect(x + offset - 1, y, x + offset + 1, y + 1, colour)
  }
}

/**
 * Beni Mellal rugs: a vivid field, often pink, orange or purple, crossed by a freely drawn
 * lozenge trellis, bold columns of lozenges, dense bands at the ends or an asymmetrical play of
 * blocks and woven signs. No border, or only a thin one.
 */
export function beniMellal(grid: Grid, palette: Palette, random: Random, motif: string): void {
  const { cols, rows } = grid
  const { dark, light, accents } = palette
  const accent = () => random.pick(accents)

  if (motif === "treillis") {
    const lines = accents.filter((index) => index !== light).concat(light)
    for (let x = -rows; x < cols + rows; x += random.int(9, 15)) {
      diagonal(grid, x, 0, 1, random.int(1, 2), random.pick(lines))
    }
    for (let x = -rows; x < cols * 2 + rows; x += random.int(9, 15)) {
      diagonal(grid, x, 0, -1, random.int(1, 2), random.pick(lines))
    }
  } else if (motif === "colonnes") {
    const columns = [cols * 0.28, cols * 0.72]
    const r = Math.max(4, Math.round(cols * 0.16))
    columns.forEach((cx, c) => {
      for (let cy = r + 2, i = 0; cy < rows - r; cy += r * 2 + 1, i++) {
        lozenge(grid, cx, cy, r, r, (i + c) % 2 === 0 ? accent() : dark)
        lozenge(grid, cx, cy, r * 0.35, r * 0.35, light)
      }
    })
    zigzagColumn(grid, Math.round(cols / 2) - 1, accent())
  } else if (motif === "extremites") {
    const band = Math.round(rows * 0.16)
    for (const [start, end] of [
      [2, band],
      [rows - band, rows - 2],
    ]) {
      for (let y = start; y < end; y += 5) {
        const kind = random.int(0, 2)
        const colour = accent()
        if (kind === 0) zigzag(grid, y, 2, 5, 1, colour)
        else if (kind === 1) for (let x = 3; x < cols; x += 6) lozenge(grid, x, y + 2, 2, 2, colour)
        else grid.rect(0, y + 1, cols, y + 3, colour)
      }
    }
    for (let i = 0; i < (cols * rows) / 400; i++) cross(grid, random.int(2, cols - 3), random.int(band + 2, rows - band - 3), 1, accent())
  } else {
    const blocks = accents.filter((index) => index !== dark)
    for (let i = 0; i < 5; i++) {
      const w = random.int(Math.round(cols * 0.15), Math.round(cols * 0.45))
      const h = random.int(Math.round(rows * 0.06), Math.round(rows * 0.2))
      const x = random.int(0, cols - w)
      const y = random.int(0, rows - h)
      grid.rect(x, y, x + w, y + h, random.pick(blocks))
    }
    for (let i = 0; i < (cols * rows) / 90; i++) {
      const x = random.int(2, cols - 3)
      const y = random.int(2, rows - 3)
      const colour = random.pick([dark, light, ...accents])
      const sign = random.int(0, 3)
      if (sign === 0) grid.rect(x, y, x + 1, y + 4, colour)
      else if (sign === 1) saltire(grid, x, y, 1, colour)
      else if (sign === 2) grid.rect(x, y, x + 4, y + 1, colour)
      else lozenge(grid, x, y, 2, 2, colour, 0.5)
    }
  }
  grid.drift(0, 0, cols, rows, random)
}
