import type { SeedProduct } from "../types"
import { buildCarpets, type CarpetFamily, type CarpetRow } from "./family"

type BoucherouiteMotif = "patchwork" | "losange" | "rayures" | "semis"

const boucherouite: CarpetFamily<BoucherouiteMotif> = {
  category: "boucherouite",
  skuCode: "BCH",
  technique: "boucherouite-rag-weave",
  materials: ["recycled-textile", "cotton"],
  tags: ["tapis", "boucherouite", "recycle", "coton"],
  noun: { fr: "Boucherouite", ar: "بوشرويط", en: "Boucherouite rug" },
  kind: { fr: "Tapis en tissus recyclés", ar: "زربية من أقمشة معاد تدويرها", en: "Recycled-fabric rag rug" },
  intro: ({ called, place, area }) => ({
    fr: `Ce boucherouite a été noué par les femmes de la ${called.fr}, à ${place.fr} (${area.fr}), avec des vêtements et des chutes de tissu recyclés.`,
    ar: `عقدت هذا البوشرويط نساء ${called.ar} في ${place.ar} (${area.ar})، من ملابس وبقايا أقمشة معاد تدويرها.`,
    en: `This boucherouite was knotted by the women of the ${called.en} in ${place.en} (${area.en}) from recycled clothes and fabric offcuts.`,
  }),
  fibre: {
    fr: "Bandes de coton et de tissus recyclés nouées sur une chaîne en coton",
    ar: "شرائط من القطن والأقمشة المعاد تدويرها معقودة على سدى من القطن",
    en: "Strips of cotton and recycled fabric knotted on a cotton warp",
  },
  closing: () => ({
    fr: "Il se lave à l'eau froide ; c'est une pièce unique.",
    ar: "يغسل بالماء البارد؛ إنه قطعة فريدة.",
    en: "It washes in cold water; this is a one-of-a-kind piece.",
  }),
  motifs: {
    patchwork: {
      tag: "patchwork",
      sentence: {
        fr: "Les chutes, triées par couleur, dessinent un patchwork de blocs irréguliers où aucun carré ne ressemble à un autre.",
        ar: "ترسم القصاصات، المفرزة حسب اللون، رقعة من الكتل غير المنتظمة لا يشبه فيها مربع مربعا آخر.",
        en: "The offcuts, sorted by colour, form a patchwork of irregular blocks in which no two squares are alike.",
      },
    },
    losange: {
      tag: "losanges",
      sentence: {
        fr: "Un grand losange d'une couleur vive flotte sur un fond chiné, fait de tissus mêlés.",
        ar: "يطفو معين كبير بلون زاه فوق أرضية مبرقشة من أقمشة ممتزجة.",
        en: "A large lozenge in a bright colour floats over a mottled ground of mixed fabrics.",
      },
    },
    rayures: {
      tag: "rayures",
      sentence: {
        fr: "Des bandes de couleurs franches se succèdent d'un bout à l'autre, avec des surprises là où un tissu a manqué.",
        ar: "تتوالى أشرطة بألوان صريحة من طرف إلى آخر، مع مفاجآت لونية حيث نفد قماش ما.",
        en: "Bands of bold colour follow one another from end to end, with surprises wherever a fabric ran out.",
      },
    },
    semis: {
      tag: "semis",
      sentence: {
        fr: "Sur un fond uni, des signes berbères simples — étoiles, yeux, zigzags — sont semés librement, comme dessinés à main levée.",
        ar: "على أرضية موحدة اللون، تنتثر رموز أمازيغية بسيطة — نجوم وعيون وخطوط متعرجة — كأنها رسمت بيد حرة.",
        en: "Simple Berber signs — stars, eyes, zigzags — are scattered freely over a plain ground, as if drawn by hand.",
      },
    },
  },
  knotsPerM2: null,
  pricing: { baseMad: 450, madPerM2: 900, fineFactor: 1 },
  gramsPerM2: 2_500,
}

const rows: CarpetRow<BoucherouiteMotif>[] = [
  ["bouregreg-sale", "tayri", 100, 150, "patchwork", ["synthetic-pink", "synthetic-turquoise", "synthetic-yellow", "synthetic-orange"]],
  ["bouregreg-sale", "anir", 80, 120, "losange", ["synthetic-blue", "synthetic-pink", "synthetic-yellow", "undyed-ivory"]],
  ["bouregreg-sale", "tifawt", 120, 180, "rayures", ["synthetic-red", "synthetic-orange", "synthetic-purple", "synthetic-turquoise"]],
  ["bouregreg-sale", "ajjig", 60, 90, "semis", ["synthetic-purple", "synthetic-yellow", "synthetic-green"]],
  ["bouregreg-sale", "tiziri", 140, 200, "patchwork", ["synthetic-turquoise", "synthetic-pink", "synthetic-red", "synthetic-yellow", "synthetic-blue"], { isNew: true }],
  ["tamount-tighassaline", "itri", 90, 140, "losange", ["synthetic-orange", "synthetic-blue", "synthetic-pink"]],
  ["tamount-tighassaline", "aman", 110, 170, "patchwork", ["synthetic-green", "synthetic-yellow", "synthetic-pink", "synthetic-orange"]],
  ["tamount-tighassaline", "tislit", 70, 110, "semis", ["synthetic-red", "synthetic-yellow", "undyed-ivory"]],
  ["tamount-tighassaline", "imi", 120, 190, "rayures", ["synthetic-blue", "synthetic-turquoise", "synthetic-orange", "synthetic-pink"]],
  ["nour-tagzirt", "tafsut", 100, 160, "losange", ["synthetic-pink", "synthetic-purple", "synthetic-orange"]],
  ["nour-tagzirt", "ayour", 80, 130, "patchwork", ["synthetic-purple", "synthetic-turquoise", "synthetic-yellow", "synthetic-red"]],
  ["nour-tagzirt", "tala", 130, 200, "semis", ["synthetic-orange", "synthetic-pink", "synthetic-green"]],
]

/** Rag rugs knotted from recycled fabric in Salé, Tighassaline and Tagzirt. */
export const boucherouites: SeedProduct[] = buildCarpets(boucherouite, rows)
