import { argan } from "./argan"
import { basketry } from "./basketry"
import { couscous } from "./couscous"
import { honey } from "./honey"
import { leather } from "./leather"
import { pottery } from "./pottery"
import { saffron } from "./saffron"
import { textiles } from "./textiles"
import type { Illustrate } from "./types"

const byCategory: Record<string, Illustrate> = {
  poterie: pottery,
  vannerie: basketry,
  textiles,
  cuir: leather,
  argan,
  miel: honey,
  couscous,
  safran: saffron,
}

/** The illustrator for a category, or undefined for carpets (drawn as rugs, not illustrated). */
export function illustrationFor(category: string): Illustrate | undefined {
  return byCategory[category]
}
