/** Fringes are the warp ends: about 7 cm on every Moroccan rug, whatever its size. */
export const FRINGE_CM = 7

/** The long side of the main carpet picture, in pixels. */
export const MAIN_LONG_SIDE = 1200

export type CarpetLayout = {
  width: number
  height: number
  /** Pixels per centimetre. */
  scale: number
  rug: { x: number; y: number; width: number; height: number }
  fringe: number
}

/**
 * Where the rug sits in the main picture. The rug lies with its length upright, fringes at top
 * and bottom, on a margin of floor; the canvas takes the rug's own proportions, so a runner
 * gives a tall narrow picture and a square rug a square one.
 */
export function carpetLayout(widthCm: number, lengthCm: number): CarpetLayout {
  const margin = 0.06 * Math.max(widthCm, lengthCm + 2 * FRINGE_CM)
  const canvasCm = { width: widthCm + 2 * margin, height: lengthCm + 2 * FRINGE_CM + 2 * margin }
  const scale = MAIN_LONG_SIDE / Math.max(canvasCm.width, canvasCm.height)
  return {
    width: Math.round(canvasCm.width * scale),
    height: Math.round(canvasCm.height * scale),
    scale,
    rug: { x: margin * scale, y: (margin + FRINGE_CM) * scale, width: widthCm * scale, height: lengthCm * scale },
    fringe: FRINGE_CM * scale,
  }
}
