import type { Translated } from "@tiwizi/locale"
import { entryOf, guardFor } from "./code-list"

/** What a good is made of. A `readonly` tuple so validators can write `z.enum(materialCodes)`. */
export const materialCodes = [
  "wool",
  "cotton",
  "silk",
  "recycled-textile",
  "clay",
  "lead-free-glaze",
  "doum-palm",
  "rush",
  "goat-leather",
  "argan-kernel",
  "almond",
  "honey",
  "durum-wheat",
  "barley",
  "saffron-stigma",
] as const

export type MaterialCode = (typeof materialCodes)[number]

/** Broad families, so the shop can group materials in a filter without listing every code. */
export const materialKinds = ["fibre", "earth", "plant", "leather", "food"] as const
export type MaterialKind = (typeof materialKinds)[number]

export type Material = { code: MaterialCode; kind: MaterialKind; label: Translated }

const definitions: Record<MaterialCode, Omit<Material, "code">> = {
  wool: { kind: "fibre", label: { fr: "Laine de mouton", ar: "صوف الغنم", en: "Sheep's wool" } },
  cotton: { kind: "fibre", label: { fr: "Coton", ar: "قطن", en: "Cotton" } },
  silk: { kind: "fibre", label: { fr: "Fil de soie", ar: "خيط الحرير", en: "Silk thread" } },
  "recycled-textile": {
    kind: "fibre",
    label: { fr: "Textile recyclé", ar: "أقمشة معاد تدويرها", en: "Recycled textile" },
  },
  clay: { kind: "earth", label: { fr: "Argile", ar: "الطين", en: "Clay" } },
  "lead-free-glaze": {
    kind: "earth",
    label: { fr: "Émail sans plomb", ar: "طلاء زجاجي خال من الرصاص", en: "Lead-free glaze" },
  },
  "doum-palm": { kind: "plant", label: { fr: "Palmier doum", ar: "الدوم", en: "Doum palm" } },
  rush: { kind: "plant", label: { fr: "Jonc", ar: "السمار", en: "Rush" } },
  "goat-leather": {
    kind: "leather",
    label: { fr: "Cuir de chèvre tanné aux végétaux", ar: "جلد الماعز المدبوغ نباتيا", en: "Vegetable-tanned goat leather" },
  },
  "argan-kernel": { kind: "food", label: { fr: "Amandons d'argan", ar: "لوز الأركان", en: "Argan kernels" } },
  almond: { kind: "food", label: { fr: "Amandes", ar: "اللوز", en: "Almonds" } },
  honey: { kind: "food", label: { fr: "Miel", ar: "العسل", en: "Honey" } },
  "durum-wheat": { kind: "food", label: { fr: "Blé dur", ar: "القمح الصلب", en: "Durum wheat" } },
  barley: { kind: "food", label: { fr: "Orge", ar: "الشعير", en: "Barley" } },
  "saffron-stigma": {
    kind: "food",
    label: { fr: "Stigmates de safran", ar: "مياسم الزعفران", en: "Saffron stigmas" },
  },
}

/** Every material, in the order of `materialCodes`. */
export const materials: readonly Material[] = materialCodes.map((code) => ({ code, ...definitions[code] }))

export const isMaterial = guardFor(materialCodes)

/** The material with this code; throws a RangeError for an unknown one. */
export function materialOf(code: string): Material {
  return entryOf(materials, code, "material")
}
