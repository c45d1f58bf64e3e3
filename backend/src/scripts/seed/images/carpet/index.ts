import type { OverlayOptions } from "sharp"
import { randomFrom } from "../prng"
import type { SeedProduct } from "../../catalogue/types"
import { Grid } from "./grid"
import { paletteOf } from "./palette"
import { renderDetail } from "./render-detail"
import { renderMain } from "./render-main"
import { carpetStyles } from "./styles"

export type Picture = { svg: string; overlays: OverlayOptions[] }

/**
 * The two pictures of a carpet: the whole rug from above, and a close-up of a corner showing
 * the knots (or weft) and the fringe. Everything random is drawn from the product's handle.
 */
export function carpetPictures(product: SeedProduct): Picture[] {
  const style = carpetStyles[product.category]
  const { widthCm, lengthCm } = product
  if (!style || !widthCm || !lengthCm) throw new RangeError(`not a carpet with dimensions: ${product.handle}`)
  const random = randomFrom(product.handle)
  const palette = paletteOf(product.dyes)
  const grid = new Grid(
    Math.max(12, Math.round(widthCm / style.cellCm)),
    Math.max(12, Math.round((lengthCm - 2 * style.kilimCm) / style.cellCm)),
    palette.field,
  )
  const motif = product.tags.find((tag) => style.motifs.includes(tag)) ?? style.motifs[0]
  style.design(grid, palette, random, motif)
  return [renderMain(grid, palette, style, { widthCm, lengthCm }, random), renderDetail(grid, palette, style, random)]
}
