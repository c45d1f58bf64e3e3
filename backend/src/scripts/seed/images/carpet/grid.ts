import type { Random } from "../prng"

/**
 * A carpet's design as a grid of knots (or weft picks, for flat-weaves): each cell holds the
 * index of a palette colour. Designs paint on it with the shapes in `shapes.ts`; the renderers
 * turn it into SVG.
 */
export class Grid {
  readonly cells: Uint8Array

  constructor(
    readonly cols: number,
    readonly rows: number,
    ground: number,
  ) {
    this.cells = new Uint8Array(cols * rows).fill(ground)
  }

  get(x: number, y: number): number {
    return this.cells[y * this.cols + x]
  }

  /** Sets a cell; coordinates outside the grid are ignored, so shapes may overhang the edges. */
  set(x: number, y: number, colour: number): void {
    if (x < 0 || y < 0 || x >= this.cols || y >= this.rows) return
    this.cells[y * this.cols + x] = colour
  }

  /** Fills the cells with x0 ≤ x < x1 and y0 ≤ y < y1. */
  rect(x0: number, y0: number, x1: number, y1: number, colour: number): void {
    for (let y = Math.max(0, y0); y < Math.min(this.rows, y1); y++) {
      for (let x = Math.max(0, x0); x < Math.min(this.cols, x1); x++) this.cells[y * this.cols + x] = colour
    }
  }

  /** Copies the top half onto the bottom half upside down, for the symmetrical town rugs. */
  mirrorVertically(): void {
    for (let y = 0; y < Math.floor(this.rows / 2); y++) {
      for (let x = 0; x < this.cols; x++) this.set(x, this.rows - 1 - y, this.get(x, y))
    }
  }

  /** Copies the left half onto the right half, mirrored. */
  mirrorHorizontally(): void {
    for (let y = 0; y < this.rows; y++) {
      for (let x = 0; x < Math.floor(this.cols / 2); x++) this.set(this.cols - 1 - x, y, this.get(x, y))
    }
  }

  /**
   * Lets the rows between y0 and y1 drift sideways by a knot now and then within x0..x1, as
   * when a weaver miscounts and carries on: motifs lean a little instead of being machine-true.
   */
  drift(x0: number, y0: number, x1: number, y1: number, random: Random): void {
    let offset = 0
    for (let y = y0; y < y1; y++) {
      if (random.chance(0.06)) offset = Math.max(-1, Math.min(1, offset + random.int(-1, 1)))
      if (offset === 0) continue
      const row = Array.from({ length: x1 - x0 }, (_, i) => this.get(x0 + i, y))
      for (let i = 0; i < row.length; i++) this.set(x0 + i, y, row[Math.max(0, Math.min(row.length - 1, i - offset))])
    }
  }
}
