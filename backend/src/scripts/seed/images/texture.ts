import type { OverlayOptions } from "sharp"
import type { Random } from "./prng"

/** The relief of the weave, repeated every cell: knots, weft ribs or rag tufts. */
export type WeaveRelief = { kind: "pile" | "flat" | "rag"; cellW: number; cellH: number; strength: number }

export type TextureOptions = {
  /** Amplitude of the coarse mottle, in grey levels around 128. */
  mottle: number
  /** Amplitude of the per-pixel grain. */
  grain: number
  /** Width of the mottle's blotches, in pixels. */
  grainPx: number
  weave?: WeaveRelief
}

/**
 * Brightness offset of a point at `t` (0..1) across its cell, along one axis. A knot is brighter
 * in its middle and darker where it meets its neighbours; summing the two axes gives its dome.
 * Flat-weave ribs only vary from top to bottom, with a dark line where a warp thread shows.
 */
function profile(kind: WeaveRelief["kind"], t: number, axis: "x" | "y"): number {
  if (kind === "flat") return axis === "y" ? 0.5 * Math.cos(2 * Math.PI * (t - 0.3)) : t < 0.1 ? -0.25 : 0
  const d = t - (axis === "x" ? 0.45 : 0.4)
  return 0.25 - 2.2 * d * d
}

/**
 * A grey layer for sharp to blend over a region in soft-light mode, so flat SVG colour reads as
 * wool, clay or palm leaf: a coarse mottle (bilinear), a little per-pixel grain and, for
 * carpets, the relief of each knot or weft pick. It is drawn from the product's PRNG, which keeps
 * the image byte-for-byte stable where sharp's own noise generator would not.
 */
export function textureOverlay(
  region: { left: number; top: number; width: number; height: number },
  random: Random,
  { mottle, grain, grainPx, weave }: TextureOptions,
): OverlayOptions {
  const width = Math.max(1, Math.round(region.width))
  const height = Math.max(1, Math.round(region.height))
  const gw = Math.ceil(width / grainPx) + 2
  const gh = Math.ceil(height / grainPx) + 2
  const coarse = new Float32Array(gw * gh).map(() => random.next() * 2 - 1)
  // Per-pixel grain comes from a table indexed by a hash of the position: far cheaper than a
  // PRNG call per pixel, and just as stable.
  const table = new Float32Array(4096).map(() => (random.next() * 2 - 1) * grain)
  const tuft = weave?.kind === "rag" ? 2 : 1
  const columns = new Float32Array(width)
  const rows = new Float32Array(height)
  if (weave) {
    for (let x = 0; x < width; x++) columns[x] = profile(weave.kind, (x / (weave.cellW * tuft)) % 1, "x") * weave.strength
    for (let y = 0; y < height; y++) rows[y] = profile(weave.kind, (y / (weave.cellH * tuft)) % 1, "y") * weave.strength
  }
  const pixels = Buffer.alloc(width * height)
  for (let y = 0; y < height; y++) {
    const fy = y / grainPx
    const y0 = Math.floor(fy)
    const ty = fy - y0
    for (let x = 0; x < width; x++) {
      const fx = x / grainPx
      const x0 = Math.floor(fx)
      const tx = fx - x0
      const top = coarse[y0 * gw + x0] * (1 - tx) + coarse[y0 * gw + x0 + 1] * tx
      const bottom = coarse[(y0 + 1) * gw + x0] * (1 - tx) + coarse[(y0 + 1) * gw + x0 + 1] * tx
      const noise = table[(Math.imul(x, 374761393) ^ Math.imul(y, 668265263)) >>> 20]
      const value = 128 + (top * (1 - ty) + bottom * ty) * mottle + noise + columns[x] + rows[y]
      pixels[y * width + x] = value < 0 ? 0 : value > 255 ? 255 : value
    }
  }
  return {
    input: pixels,
    raw: { width, height, channels: 1 },
    left: Math.round(region.left),
    top: Math.round(region.top),
    blend: "soft-light",
  }
}
