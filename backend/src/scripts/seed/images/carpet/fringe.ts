import { shade } from "../colour"
import type { Random } from "../prng"

/**
 * The warp ends at one end of a rug, knotted in bundles and falling loose. `edgeY` is where the
 * rug stops; `direction` is -1 for the top end (fringes go up) and 1 for the bottom.
 */
export function fringeSvg(
  x0: number,
  x1: number,
  edgeY: number,
  direction: -1 | 1,
  length: number,
  scale: number,
  colour: string,
  random: Random,
): string {
  const bundle = 2.2 * scale
  const strand = Math.max(1, 0.3 * scale)
  const parts: string[] = []
  for (let x = x0 + bundle / 2; x < x1 - bundle / 3; x += bundle) {
    const knotY = edgeY + direction * length * 0.12
    const reach = length * random.between(0.82, 1)
    for (let s = 0; s < 4; s++) {
      const spread = (s - 1.5) * bundle * 0.16 + random.between(-0.4, 0.4) * scale
      const endX = x + spread + random.between(-0.6, 0.6) * scale
      const endY = edgeY + direction * reach * random.between(0.9, 1)
      const tone = shade(colour, random.between(-0.12, 0.05))
      parts.push(
        `<path d="M${x.toFixed(1)} ${edgeY.toFixed(1)} Q${(x + spread * 0.3).toFixed(1)} ${knotY.toFixed(1)} ${endX.toFixed(1)} ${endY.toFixed(1)}" stroke="${tone}" stroke-width="${strand.toFixed(2)}" fill="none" stroke-linecap="round"/>`,
      )
    }
    parts.push(
      `<ellipse cx="${x.toFixed(1)}" cy="${knotY.toFixed(1)}" rx="${(bundle * 0.28).toFixed(1)}" ry="${(length * 0.07).toFixed(1)}" fill="${shade(colour, -0.08)}"/>`,
    )
  }
  return parts.join("")
}
