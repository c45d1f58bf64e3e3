import { isNaturallyDyed, type DyeCode, type MaterialCode, type TechniqueCode } from "@tiwizi/crafts"
import { formatNumber, type Translated } from "@tiwizi/locale"
import type { CooperativeProfile } from "../cooperatives/profile"
import { profileOf } from "../cooperatives"
import { pricesFromMad, roundCarpetPrice } from "../prices"
import { coloursClause, dimensions, paragraph, perLocale, slugify } from "../text"
import type { SeedProduct } from "../types"
import { carpetNames, type CarpetName } from "./names"

/** A motif: the tag the image generator reads and the sentence describing it. */
export type Motif = { tag: string; sentence: Translated }

/** What every rug of a family shares: its words, its look, its weight and its price per m². */
export type CarpetFamily<MotifKey extends string> = {
  category: string
  skuCode: string
  technique: TechniqueCode
  materials: MaterialCode[]
  tags: string[]
  /** The head of the title, "Tapis zayane", and of the subtitle, "Tapis zayane noué main". */
  noun: Translated
  kind: Translated
  intro: (cooperative: CooperativeProfile) => Translated
  /** The fibre part of the materials sentence; the colours clause follows it. */
  fibre: Translated
  closing: (knotsPerM2: number | null) => Translated
  motifs: Record<MotifKey, Motif>
  /** Knots per m² of a standard and of a fine piece; null for rugs counted otherwise. */
  knotsPerM2: { standard: number; fine: number } | null
  pricing: { baseMad: number; madPerM2: number; fineFactor: number }
  gramsPerM2: number
}

/**
 * One rug: cooperative, name, width and length in cm, motif and dyes. The first dye is the
 * field's colour; the image generator paints the ground with it.
 */
export type CarpetRow<MotifKey extends string> = [
  cooperative: string,
  name: CarpetName,
  widthCm: number,
  lengthCm: number,
  motif: MotifKey,
  dyes: DyeCode[],
  extras?: { fine?: boolean; isNew?: boolean },
]

const SIZE: Translated = { fr: "Dimensions", ar: "المقاس", en: "Size" }

/** Turns a family's rows into products, numbering SKUs in row order ("TWZ-ZAY-0001"). */
export function buildCarpets<MotifKey extends string>(
  family: CarpetFamily<MotifKey>,
  rows: CarpetRow<MotifKey>[],
): SeedProduct[] {
  return rows.map((row, index) => buildCarpet(family, row, index + 1))
}

function buildCarpet<MotifKey extends string>(
  family: CarpetFamily<MotifKey>,
  [cooperativeHandle, name, widthCm, lengthCm, motifKey, dyes, extras = {}]: CarpetRow<MotifKey>,
  number: number,
): SeedProduct {
  const cooperative = profileOf(cooperativeHandle)
  const [latinName, arabicName] = carpetNames[name]
  const motif = family.motifs[motifKey]
  const areaM2 = (widthCm * lengthCm) / 10_000
  const knots = family.knotsPerM2 && (extras.fine ? family.knotsPerM2.fine : family.knotsPerM2.standard)
  const { baseMad, madPerM2, fineFactor } = family.pricing
  const mad = roundCarpetPrice(baseMad + areaM2 * madPerM2 * (extras.fine ? fineFactor : 1))
  const size = dimensions(widthCm, lengthCm)
  const colours = coloursClause(dyes)
  const natural = isNaturallyDyed(dyes)
  const fromKhenifra = cooperative.record.province === "Khénifra"

  return {
    handle: `${family.category}-${slugify(latinName)}-${slugify(cooperative.place.fr)}`,
    category: family.category,
    collections: [
      ...(fromKhenifra ? ["pieces-uniques-khenifra"] : []),
      ...(extras.isNew ? ["nouveautes"] : []),
      ...(natural ? ["teintures-naturelles"] : []),
    ],
    cooperative: cooperativeHandle,
    title: {
      fr: `${family.noun.fr} « ${latinName} », ${cooperative.place.fr}`,
      ar: `${family.noun.ar} «${arabicName}»، ${cooperative.place.ar}`,
      en: `${family.noun.en} “${latinName}”, ${cooperative.place.en}`,
    },
    subtitle: perLocale((locale) => `${family.kind[locale]}${locale === "ar" ? "، " : ", "}${size[locale]}`),
    description: paragraph(
      family.intro(cooperative),
      motif.sentence,
      perLocale((locale) => `${family.fibre[locale]}${{ fr: " ; ", ar: "؛ ", en: "; " }[locale]}${colours[locale]}.`),
      family.closing(knots),
    ),
    technique: family.technique,
    materials: family.materials,
    dyes,
    widthCm,
    lengthCm,
    oneOfAKind: true,
    option: SIZE,
    variants: [
      {
        sku: `TWZ-${family.skuCode}-${String(number).padStart(4, "0")}`,
        value: `${widthCm} × ${lengthCm} cm`,
        prices: pricesFromMad(mad),
        stock: 1,
        weightGrams: Math.round((areaM2 * family.gramsPerM2) / 50) * 50,
      },
    ],
    tags: [
      ...new Set([
        ...family.tags,
        motif.tag,
        "piece-unique",
        ...(natural ? ["teinture-naturelle"] : []),
        slugify(cooperative.record.province),
      ]),
    ],
  }
}

/**
 * The closing sentence of a hand-knotted rug's description: its knot count as each language
 * prints it ("60.000" in Morocco's French and Arabic, "60,000" in English).
 */
export function knottedClosing(knots: number | null): Translated {
  const count = perLocale((locale) => formatNumber(knots ?? 0, locale))
  return {
    fr: `Environ ${count.fr} nœuds au mètre carré ; c'est une pièce unique.`,
    ar: `حوالي ${count.ar} عقدة في المتر المربع؛ إنها قطعة فريدة.`,
    en: `About ${count.en} knots per square metre; this is a one-of-a-kind piece.`,
  }
}
