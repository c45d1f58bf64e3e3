import type { Random } from "../prng"
import { beniMellal } from "./designs/beni-mellal"
import { boucherouite } from "./designs/boucherouite"
import { hanbel } from "./designs/hanbel"
import { rabat } from "./designs/rabat"
import { zayane } from "./designs/zayane"
import type { Grid } from "./grid"
import type { Palette } from "./palette"

/** Paints a carpet family's design on its grid; `motif` is the product's motif tag, if any. */
export type Design = (grid: Grid, palette: Palette, random: Random, motif: string) => void

/** How a family is built: its knot size, its weave, its flat-woven ends and its design. */
export type CarpetStyle = {
  /** Size of one grid cell in cm: the visible knot or weft step, coarser for rag rugs. */
  cellCm: number
  weave: "pile" | "flat" | "rag"
  /** Flat-woven band at each end, between the pile and the fringe. */
  kilimCm: number
  /** The motif tags the design knows, the first being its default. */
  motifs: string[]
  design: Design
}

export const carpetStyles: Record<string, CarpetStyle> = {
  "tapis-zayane": {
    cellCm: 1.6,
    weave: "pile",
    kilimCm: 2.5,
    motifs: ["losanges", "chevrons", "fibule", "treillis", "crochets"],
    design: zayane,
  },
  hanbel: {
    cellCm: 1.4,
    weave: "flat",
    kilimCm: 3,
    motifs: ["bandes", "triangles", "rayures", "mariage"],
    design: hanbel,
  },
  boucherouite: {
    cellCm: 2,
    weave: "rag",
    kilimCm: 2,
    motifs: ["patchwork", "losanges", "rayures", "semis"],
    design: boucherouite,
  },
  "tapis-beni-mellal": {
    cellCm: 1.7,
    weave: "pile",
    kilimCm: 2.5,
    motifs: ["treillis", "asymetrie", "colonnes", "extremites"],
    design: beniMellal,
  },
  "tapis-rbati": {
    cellCm: 1.2,
    weave: "pile",
    kilimCm: 2,
    motifs: ["medaillon", "bordures", "trois-medaillons"],
    design: rabat,
  },
}
