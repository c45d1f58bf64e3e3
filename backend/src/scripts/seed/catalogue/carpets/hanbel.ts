import type { SeedProduct } from "../types"
import { buildCarpets, type CarpetFamily, type CarpetRow } from "./family"

type HanbelMotif = "bandes" | "triangles" | "rayures" | "mariage"

const hanbel: CarpetFamily<HanbelMotif> = {
  category: "hanbel",
  skuCode: "HNB",
  technique: "hanbel-flat-weave",
  materials: ["wool"],
  tags: ["tapis", "hanbel", "tissage-plat", "laine"],
  noun: { fr: "Hanbel", ar: "حنبل", en: "Hanbel" },
  kind: { fr: "Tissage plat en laine", ar: "نسيج مسطح من الصوف", en: "Flat-woven wool rug" },
  intro: ({ called, place, area }) => ({
    fr: `Ce hanbel a été tissé à plat sur le métier vertical par les femmes de la ${called.fr}, à ${place.fr} (${area.fr}).`,
    ar: `نسجت هذا الحنبل نسجا مسطحا على المنسج العمودي نساء ${called.ar} في ${place.ar} (${area.ar}).`,
    en: `This hanbel was flat-woven on an upright loom by the women of the ${called.en} in ${place.en} (${area.en}).`,
  }),
  fibre: {
    fr: "Chaîne et trame en laine de pays filée à la main, sans velours",
    ar: "السدى واللحمة من صوف البلد المغزول يدويا، دون وبر",
    en: "Warp and weft of hand-spun local wool, with no pile",
  },
  closing: () => ({
    fr: "Léger, il se roule et se secoue facilement ; c'est une pièce unique.",
    ar: "خفيف، يلف وينفض بسهولة؛ إنه قطعة فريدة.",
    en: "Light, it rolls up and shakes out easily; this is a one-of-a-kind piece.",
  }),
  motifs: {
    bandes: {
      tag: "bandes",
      sentence: {
        fr: "Des bandes horizontales alternent aplats unis et rangées de petits losanges brochés.",
        ar: "تتناوب أشرطة أفقية بين مساحات موحدة اللون وصفوف من المعينات الصغيرة المنسوجة بلحمة بارزة.",
        en: "Horizontal bands alternate plain stretches with rows of small brocaded lozenges.",
      },
    },
    triangles: {
      tag: "triangles",
      sentence: {
        fr: "Des frises de triangles et de dents de scie courent d'une lisière à l'autre, séparées par de fines rayures.",
        ar: "تمتد أفاريز من المثلثات والأسنان المنشارية من حافة إلى أخرى، تفصل بينها خطوط رفيعة.",
        en: "Friezes of triangles and sawtooth patterns run from selvedge to selvedge, separated by fine stripes.",
      },
    },
    rayures: {
      tag: "rayures",
      sentence: {
        fr: "Le fond rayé est ponctué de petits motifs en relief, obtenus en faisant flotter la trame sur la chaîne.",
        ar: "تتخلل الأرضية المخططة زخارف صغيرة بارزة، تنجز بتمرير اللحمة فوق خيوط السدى.",
        en: "The striped ground is dotted with small raised motifs made by floating the weft over the warp.",
      },
    },
    mariage: {
      tag: "mariage",
      sentence: {
        fr: "De larges bandes unies encadrent une zone centrale dense de losanges et de chevrons, la composition des hanbels offerts aux mariées.",
        ar: "تؤطر أشرطة عريضة موحدة اللون منطقة وسطى كثيفة من المعينات والخطوط المنكسرة، وهو تكوين الحنابل التي تهدى للعرائس.",
        en: "Wide plain bands frame a dense central zone of lozenges and chevrons, the layout of the hanbels given to brides.",
      },
    },
  },
  knotsPerM2: null,
  pricing: { baseMad: 250, madPerM2: 1_100, fineFactor: 1 },
  gramsPerM2: 1_700,
}

const rows: CarpetRow<HanbelMotif>[] = [
  ["tazemmourt-khemisset", "tamellalt", 150, 250, "bandes", ["madder", "undyed-ivory", "undyed-black"]],
  ["tazemmourt-khemisset", "tassaft", 180, 300, "mariage", ["madder", "indigo", "undyed-ivory", "saffron"]],
  ["tazemmourt-khemisset", "tala", 120, 200, "triangles", ["synthetic-red", "undyed-ivory", "undyed-black"]],
  ["tazemmourt-khemisset", "isli", 70, 250, "rayures", ["madder", "undyed-black"]],
  ["tazemmourt-khemisset", "tamurt", 200, 300, "bandes", ["cochineal", "undyed-ivory", "indigo"], { isNew: true }],
  ["ithri-kaf-en-nsour", "ifri", 140, 220, "triangles", ["henna", "undyed-ivory", "undyed-brown"]],
  ["ithri-kaf-en-nsour", "azrou", 100, 180, "rayures", ["indigo", "undyed-ivory", "madder"]],
  ["tamount-tighassaline", "targa", 130, 200, "bandes", ["henna", "saffron", "undyed-ivory", "undyed-black"]],
  ["tamount-tighassaline", "tanout", 90, 150, "rayures", ["synthetic-orange", "synthetic-pink", "undyed-ivory"]],
  ["tagmat-mrirt", "asammer", 160, 260, "mariage", ["madder", "undyed-ivory", "undyed-black", "saffron"]],
  ["tagmat-mrirt", "tigmi", 120, 180, "triangles", ["undyed-brown", "undyed-ivory", "undyed-black"]],
  ["tifawin-aghbalou", "aman", 150, 240, "bandes", ["indigo", "undyed-ivory", "henna"]],
  ["tifawin-aghbalou", "tayri", 80, 200, "triangles", ["madder", "saffron", "undyed-ivory"]],
  ["azetta-moulay-bouazza", "tala", 170, 270, "mariage", ["madder", "henna", "undyed-ivory"]],
]

/** Flat-woven hanbels from Zemmour country (Khémisset) and the villages of Khénifra. */
export const hanbels: SeedProduct[] = buildCarpets(hanbel, rows)
