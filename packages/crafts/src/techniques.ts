import type { Translated } from "@tiwizi/locale"
import type { CategoryHandle } from "./categories"
import { entryOf, guardFor } from "./code-list"

/** How a good is made. A `readonly` tuple so validators can write `z.enum(techniqueCodes)`. */
export const techniqueCodes = [
  "hand-knotted-pile",
  "hanbel-flat-weave",
  "boucherouite-rag-weave",
  "handloom-weaving",
  "embroidered",
  "wheel-thrown",
  "hand-painted",
  "coiled-basketry",
  "plaited-basketry",
  "hand-stitched-leather",
  "cold-pressed",
  "raw-extracted",
  "hand-rolled",
  "hand-picked",
] as const

export type TechniqueCode = (typeof techniqueCodes)[number]

export type Technique = {
  code: TechniqueCode
  label: Translated
  /** The top-level category whose goods use this technique, for the shop's facets. */
  category: CategoryHandle
}

const definitions: Record<TechniqueCode, Omit<Technique, "code">> = {
  "hand-knotted-pile": {
    category: "tapis",
    label: { fr: "Noué main (velours)", ar: "معقود يدويا (بالوبر)", en: "Hand-knotted pile" },
  },
  "hanbel-flat-weave": {
    category: "tapis",
    label: { fr: "Tissage plat (hanbel)", ar: "نسيج مسطح (حنبل)", en: "Flat-weave (hanbel)" },
  },
  "boucherouite-rag-weave": {
    category: "tapis",
    label: { fr: "Boucherouite (chutes de tissu nouées)", ar: "بوشرويط (قصاصات قماش معقودة)", en: "Boucherouite rag weave" },
  },
  "handloom-weaving": {
    category: "textiles",
    label: { fr: "Tissé sur métier à main", ar: "منسوج على منسج يدوي", en: "Handloom woven" },
  },
  embroidered: {
    category: "textiles",
    label: { fr: "Brodé main", ar: "مطرز يدويا", en: "Hand-embroidered" },
  },
  "wheel-thrown": {
    category: "poterie",
    label: { fr: "Tourné au tour de potier", ar: "مشكل على دولاب الخزاف", en: "Wheel-thrown" },
  },
  "hand-painted": {
    category: "poterie",
    label: { fr: "Peint à la main", ar: "مرسوم باليد", en: "Hand-painted" },
  },
  "coiled-basketry": {
    category: "vannerie",
    label: { fr: "Vannerie spiralée cousue", ar: "سلال حلزونية مخيطة", en: "Coiled basketry" },
  },
  "plaited-basketry": {
    category: "vannerie",
    label: { fr: "Vannerie tressée", ar: "سلال مضفورة", en: "Plaited basketry" },
  },
  "hand-stitched-leather": {
    category: "cuir",
    label: { fr: "Cuir cousu main", ar: "جلد مخيط يدويا", en: "Hand-stitched leather" },
  },
  "cold-pressed": {
    category: "terroir",
    label: { fr: "Pressé à froid", ar: "معصور على البارد", en: "Cold-pressed" },
  },
  "raw-extracted": {
    category: "terroir",
    label: { fr: "Extrait à froid, non chauffé", ar: "مستخلص دون تسخين", en: "Raw, never heated" },
  },
  "hand-rolled": {
    category: "terroir",
    label: { fr: "Roulé à la main", ar: "مفتول باليد", en: "Hand-rolled" },
  },
  "hand-picked": {
    category: "terroir",
    label: { fr: "Cueilli et émondé à la main", ar: "مقطوف ومنقى يدويا", en: "Hand-picked and hand-trimmed" },
  },
}

/** Every technique, in the order of `techniqueCodes`. */
export const techniques: readonly Technique[] = techniqueCodes.map((code) => ({ code, ...definitions[code] }))

export const isTechnique = guardFor(techniqueCodes)

/** The technique with this code; throws a RangeError for an unknown one. */
export function techniqueOf(code: string): Technique {
  return entryOf(techniques, code, "technique")
}
