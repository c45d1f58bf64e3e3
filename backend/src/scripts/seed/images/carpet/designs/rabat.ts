import type { Random } from "../../prng"
import type { Grid } from "../grid"
import type { Palette } from "../palette"
import { cross, frame, lozenge, nestedLozenge } from "../shapes"

/**
 * Rabat town rugs: symmetrical, finely knotted, with several borders around a field strewn with
 * small flowers and one or three stepped medallions (or, in the seven-border layout, a narrow
 * field with a lattice of florets). Drawn on the top half and mirrored, as the weaver follows a
 * cartoon.
 */
export function rabat(grid: Grid, palette: Palette, random: Random, motif: string): void {
  const { cols, rows } = grid
  const { field, dark, light, accents } = palette
  const others = accents.filter((index) => index !== dark && index !== light)
  const second = others[0] ?? dark
  const third = others[1] ?? light
  const borders = motif === "bordures" ? 7 : 3
  const unit = Math.max(2, Math.round(cols * 0.025))

  let inset = 0
  for (let b = 0; b < borders; b++) {
    const wide = b === Math.floor(borders / 2)
    const width = wide ? unit * 4 : unit
    frame(grid, inset, width, wide ? second : b % 2 === 0 ? dark : light)
    if (wide) {
      const mid = inset + width / 2 - 0.5
      for (let y = inset + width; y < rows / 2; y += width) {
        lozenge(grid, mid, y, width * 0.35, width * 0.35, third)
        lozenge(grid, cols - 1 - mid, y, width * 0.35, width * 0.35, third)
        cross(grid, Math.round(mid), Math.round(y), 0, light)
      }
      for (let x = inset + width; x < cols - inset - width; x += width) {
        lozenge(grid, x, mid, width * 0.35, width * 0.35, third)
      }
    }
    inset += width
  }

  const inner = { x0: inset, y0: inset, x1: cols - inset, y1: rows - inset }
  const step = Math.max(5, unit * 3)
  for (let y = inner.y0 + step / 2; y < rows / 2; y += step) {
    for (let x = inner.x0 + step / 2; x < inner.x1 - 1; x += step) cross(grid, Math.round(x), Math.round(y), 1, random.pick([light, third]))
  }
  const cx = (cols - 1) / 2
  const width = inner.x1 - inner.x0
  const rings = [dark, third, light, second, dark, field, third]
  if (motif === "trois-medaillons") {
    const r = Math.min(width * 0.3, (inner.y1 - inner.y0) / 8)
    grid.rect(Math.floor(cx) - 1, inner.y0 + 2, Math.ceil(cx) + 1, rows / 2, dark)
    nestedLozenge(grid, cx, inner.y0 + (inner.y1 - inner.y0) / 6 + 1, r * 1.1, r * 0.9, rings, Math.max(1, Math.round(r / 6)))
    nestedLozenge(grid, cx, (rows - 1) / 2, r * 1.4, r * 1.2, rings, Math.max(1, Math.round(r / 6)))
  } else if (motif === "medaillon") {
    const rx = width * 0.36
    const ry = Math.min((inner.y1 - inner.y0) * 0.3, rx * 1.4)
    nestedLozenge(grid, cx, (rows - 1) / 2, rx, ry, rings, Math.max(1, Math.round(rx / 8)))
    const r = width * 0.24
    for (let y = inner.y0; y < inner.y0 + r; y++) {
      for (let x = inner.x0; x < inner.x1; x++) {
        const corner = Math.min(x - inner.x0, inner.x1 - 1 - x) + (y - inner.y0)
        if (corner < r) grid.set(x, y, corner > r - 1.5 ? dark : second)
      }
    }
  }
  grid.mirrorVertically()
}
