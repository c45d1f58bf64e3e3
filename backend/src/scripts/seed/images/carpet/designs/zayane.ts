import type { Random } from "../../prng"
import type { Grid } from "../grid"
import type { Palette } from "../palette"
import { cross, hooks, lozenge, nestedLozenge, saltire, zigzag } from "../shapes"
import { atlasBorder } from "./border"

/**
 * Zayane pile rugs of Khénifra: a deep red or orange field inside a sawtooth border, with bold
 * lozenges, chevrons, fibulas or a lattice. Motifs wander by a knot, as on a rug knotted by eye.
 */
export function zayane(grid: Grid, palette: Palette, random: Random, motif: string): void {
  const { cols, rows } = grid
  const { dark, light, accents } = palette
  const accent = () => random.pick(accents)
  const border = atlasBorder(grid, palette, random)
  const inner = { x0: border, y0: border, x1: cols - border, y1: rows - border }
  const width = inner.x1 - inner.x0
  const height = inner.y1 - inner.y0
  const cx = (inner.x0 + inner.x1 - 1) / 2

  if (motif === "chevrons") {
    const step = Math.max(6, Math.round(width / 5))
    for (let y = inner.y0 + 2, band = 0; y < inner.y1 - step / 2; y += step, band++) {
      zigzag(grid, y, Math.round(step / 2.5), step, 2, band % 3 === 2 ? dark : accent(), inner.x0, inner.x1)
      const dots = accent()
      for (let x = inner.x0 + step / 2; x < inner.x1 - 1; x += step) cross(grid, Math.round(x), Math.round(y + step * 0.72), 1, dots)
    }
  } else if (motif === "treillis") {
    const period = Math.max(7, Math.round(width / 6))
    for (let y = inner.y0; y < inner.y1; y++) {
      for (let x = inner.x0; x < inner.x1; x++) {
        const u = x - inner.x0 + Math.floor(period / 2)
        const v = y - inner.y0
        if ((u + v) % period === 0 || (u - v + period * rows) % period === 0) grid.set(x, y, light)
      }
    }
    for (let y = inner.y0 + period / 2, i = 0; y < inner.y1; y += period / 2, i++) {
      for (let x = inner.x0 + (i % 2 === 0 ? period / 2 : 0); x < inner.x1; x += period) {
        lozenge(grid, x, y, period / 4, period / 4, accent())
      }
    }
  } else if (motif === "fibule") {
    const stepX = Math.max(9, Math.round(width / 3))
    const stepY = Math.round(stepX * 1.2)
    for (let y = inner.y0 + stepY / 2, row = 0; y < inner.y1 - 2; y += stepY / 2, row++) {
      const colour = accent()
      for (let x = inner.x0 + (row % 2 ? stepX / 2 : stepX); x < inner.x1 - 2; x += stepX) {
        lozenge(grid, x, y - stepX * 0.15, stepX * 0.17, stepX * 0.17, colour)
        lozenge(grid, x, y - stepX * 0.15, stepX * 0.07, stepX * 0.07, dark)
        for (let t = 0; t < stepX * 0.36; t++) {
          const reach = Math.round(stepX * 0.32 - t)
          for (let dx = -reach; dx <= reach; dx++) grid.set(Math.round(x + dx), Math.round(y + t), colour)
        }
      }
    }
  } else {
    const count = motif === "crochets" ? 3 : Math.max(2, Math.round(height / (width * 0.95)))
    const ry = height / count / 2 - 1
    const rx = Math.min(width / 2 - 3, ry * 0.85)
    for (let i = 0; i < count; i++) {
      const cy = inner.y0 + (i + 0.5) * (height / count)
      const colours = [dark, light, accent(), dark, accent(), light, accent()]
      nestedLozenge(grid, cx, cy, rx, ry, colours, Math.max(1, Math.round(rx / 7)))
      if (motif === "crochets") hooks(grid, cx, cy, rx, Math.max(3, Math.round(rx / 4)), dark)
    }
    const scatter = Math.round((width * height) / 160)
    for (let i = 0; i < scatter; i++) {
      const x = random.int(inner.x0 + 2, inner.x1 - 3)
      const y = random.int(inner.y0 + 2, inner.y1 - 3)
      const band = height / count
      const distance = Math.abs(x - cx) / rx + Math.abs(((y - inner.y0) % band) - band / 2) / ry
      if (distance < 1.3) continue
      if (random.chance(0.5)) cross(grid, x, y, 1, accent())
      else saltire(grid, x, y, 1, accent())
    }
  }
  grid.drift(inner.x0, inner.y0, inner.x1, inner.y1, random)
}
