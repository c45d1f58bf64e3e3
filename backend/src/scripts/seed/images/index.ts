import type { SeedProduct } from "../catalogue/types"
import { carpetPictures } from "./carpet"
import { svgToWebp } from "./encode"
import { illustrationFor } from "./illustrations"
import type { Illustrate } from "./illustrations/types"
import { randomFrom } from "./prng"
import { textureOverlay } from "./texture"

/** Side of the grain tile repeated over illustrations; at so faint a grain its seams do not show. */
const GRAIN_TILE = 240

export type ProductImage = { filename: string; buffer: Buffer; mimeType: "image/webp" }

/**
 * Renders a product's two pictures as WebP, entirely from code and offline: for a carpet, the
 * whole rug seen from above in its own proportions and a close-up of a corner; for other goods,
 * a studio illustration and a second view (a detail, a top view or the goods in use). The same
 * product always yields the same bytes: every random choice is seeded by its handle.
 */
export async function renderProductImages(product: SeedProduct): Promise<ProductImage[]> {
  const illustrate = illustrationFor(product.category)
  const pictures = illustrate
    ? illustrated(product, illustrate)
    : // A rug photographed is never knot-sharp: a light blur softens the stepped motif edges
      // before the wool texture is laid over them.
      carpetPictures(product).map((picture) => ({ ...picture, blur: 0.6 }))
  return Promise.all(
    pictures.map(async ({ svg, overlays, blur }, index) => ({
      filename: `${product.handle}-${index + 1}.webp`,
      buffer: await svgToWebp(svg, overlays, blur),
      mimeType: "image/webp" as const,
    })),
  )
}

function illustrated(product: SeedProduct, illustrate: Illustrate) {
  const random = randomFrom(product.handle)
  const { main, alternate } = illustrate(product, random)
  // A faint grain, so flat vector shapes read as things photographed rather than drawn; one
  // tile repeated over the picture costs a fraction of a full-size layer.
  const grain = () => {
    const tile = textureOverlay({ left: 0, top: 0, width: GRAIN_TILE, height: GRAIN_TILE }, random, { mottle: 7, grain: 4, grainPx: 40 })
    return [{ input: tile.input, raw: tile.raw, blend: tile.blend, tile: true }]
  }
  return [
    { svg: main, overlays: grain(), blur: 0 },
    { svg: alternate, overlays: grain(), blur: 0 },
  ]
}
