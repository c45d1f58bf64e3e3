import type { Random } from "../../prng"
import type { Grid } from "../grid"
import type { Palette } from "../palette"
import { lozenge, triangles, zigzag } from "../shapes"

type Band = "plain" | "lozenges" | "triangles" | "stripes" | "dots" | "chevrons"

/** Which bands a hanbel is made of, and how often, for each motif tag. */
const recipes: Record<string, Band[]> = {
  bandes: ["plain", "plain", "lozenges", "stripes", "plain", "dots"],
  triangles: ["triangles", "stripes", "plain", "triangles", "lozenges"],
  rayures: ["stripes", "stripes", "dots", "plain", "stripes"],
  mariage: ["lozenges", "chevrons", "triangles", "lozenges", "stripes"],
}

/**
 * Hanbel flat-weaves: horizontal bands from end to end, plain stretches alternating with rows of
 * small brocaded lozenges, triangle friezes, pin stripes and weft-float dots. The wedding layout
 * frames a dense centre with wide plain bands.
 */
export function hanbel(grid: Grid, palette: Palette, random: Random, motif: string): void {
  const { cols, rows } = grid
  const { field, dark, light, accents } = palette
  const recipe = recipes[motif] ?? recipes.bandes
  const accent = () => random.pick(accents)
  const wedding = motif === "mariage"
  const plainEnds = wedding ? Math.round(rows * 0.18) : 0

  for (let y = plainEnds; y < rows - plainEnds; ) {
    const band = wedding || random.chance(0.7) ? random.pick(recipe) : "plain"
    const height = band === "plain" ? random.int(4, 12) : band === "stripes" ? random.int(3, 6) : random.int(5, 8)
    const colour = accent()
    const ground = random.chance(0.5) ? field : random.pick([light, field, dark])
    grid.rect(0, y, cols, y + height, band === "plain" ? field : ground)
    if (band === "lozenges") {
      const r = (height - 1) / 2
      for (let x = r + 1; x < cols; x += 2 * r + 2) lozenge(grid, x, y + r, r, r, colour)
      for (let x = r + 1; x < cols; x += 2 * r + 2) lozenge(grid, x, y + r, r / 2.5, r / 2.5, ground === dark ? light : dark)
    } else if (band === "triangles") {
      triangles(grid, y + height - 1, height + 1, height - 1, colour)
    } else if (band === "stripes") {
      for (let t = 0; t < height; t += 2) grid.rect(0, y + t, cols, y + t + 1, t % 4 === 0 ? colour : dark)
    } else if (band === "dots") {
      for (let x = 1 + (y % 3); x < cols; x += 4) grid.rect(x, y + 1, x + 2, y + height - 1, colour)
    } else if (band === "chevrons") {
      zigzag(grid, y + 1, height - 3, (height - 3) * 2, 2, colour)
    }
    y += height
    if (band !== "plain" && random.chance(0.6)) {
      grid.rect(0, y, cols, y + 1, dark)
      y += 1
    }
  }
  if (wedding) {
    grid.rect(0, 0, cols, plainEnds, field)
    grid.rect(0, rows - plainEnds, cols, rows, field)
    for (const y of [plainEnds - 2, rows - plainEnds + 1]) grid.rect(0, y, cols, y + 1, dark)
  }
}
