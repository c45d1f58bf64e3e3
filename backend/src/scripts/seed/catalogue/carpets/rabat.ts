import type { SeedProduct } from "../types"
import { buildCarpets, knottedClosing, type CarpetFamily, type CarpetRow } from "./family"

type RabatMotif = "medaillon" | "bordures" | "trois-medaillons"

const rabat: CarpetFamily<RabatMotif> = {
  category: "tapis-rbati",
  skuCode: "RBT",
  technique: "hand-knotted-pile",
  materials: ["wool", "cotton"],
  tags: ["tapis", "rbati", "noue-main", "laine", "medina"],
  noun: { fr: "Tapis de Rabat", ar: "زربية رباطية", en: "Rabat rug" },
  kind: { fr: "Tapis rbati finement noué", ar: "زربية رباطية دقيقة العقد", en: "Finely knotted Rabat rug" },
  intro: ({ called, place, area }) => ({
    fr: `Ce tapis a été noué à la main sur un grand métier vertical par les maâlmates de la ${called.fr}, à ${place.fr} (${area.fr}), selon la tradition citadine du tapis rbati.`,
    ar: `عقدت هذه الزربية يدويا على منسج عمودي كبير معلمات ${called.ar} في ${place.ar} (${area.ar})، وفق التقليد الحضري للزربية الرباطية.`,
    en: `This rug was hand-knotted on a tall upright loom by the master weavers of the ${called.en} in ${place.en} (${area.en}), in the town tradition of the Rabat rug.`,
  }),
  fibre: {
    fr: "Velours ras en laine peignée sur chaîne de coton, pour un dessin net",
    ar: "وبر قصير من الصوف الممشط على سدى من القطن، لرسم واضح",
    en: "Short pile of combed wool on a cotton warp, for a crisp design",
  },
  closing: knottedClosing,
  motifs: {
    medaillon: {
      tag: "medaillon",
      sentence: {
        fr: "Un médaillon central en losange à gradins, flanqué de quatre écoinçons, s'inscrit dans un champ semé de petites fleurs.",
        ar: "تتوسط الزربية جامة معينية متدرجة، تحيط بها أربعة أركان مزخرفة، وسط أرضية مزروعة بأزهار صغيرة.",
        en: "A stepped lozenge medallion flanked by four corner spandrels sits in a field strewn with small flowers.",
      },
    },
    bordures: {
      tag: "bordures",
      sentence: {
        fr: "Sept bordures successives encadrent le champ, la plus large ornée d'une frise de fleurons, comme sur les tapis des anciennes maisons de la médina.",
        ar: "تحيط بالأرضية سبعة إطارات متتالية، أعرضها مزين بإفريز من الزهيرات، كما في زرابي البيوت العتيقة بالمدينة.",
        en: "Seven successive borders frame the field, the widest with a frieze of florets, as on the rugs of old medina houses.",
      },
    },
    "trois-medaillons": {
      tag: "trois-medaillons",
      sentence: {
        fr: "Trois médaillons alignés sur l'axe du tapis se répondent, reliés par une tige fleurie.",
        ar: "ثلاث جامات مصطفة على محور الزربية تتجاوب فيما بينها، يصلها غصن مزهر.",
        en: "Three medallions aligned on the rug's axis answer one another, linked by a flowering stem.",
      },
    },
  },
  knotsPerM2: { standard: 90_000, fine: 120_000 },
  pricing: { baseMad: 500, madPerM2: 3_000, fineFactor: 1.2 },
  gramsPerM2: 3_300,
}

const rows: CarpetRow<RabatMotif>[] = [
  ["dar-zerbia-rabat", "oudaya", 200, 300, "medaillon", ["madder", "indigo", "undyed-ivory", "saffron", "indigo-pomegranate"], { fine: true }],
  ["dar-zerbia-rabat", "chellah", 170, 240, "bordures", ["cochineal", "indigo", "undyed-ivory", "saffron"]],
  ["dar-zerbia-rabat", "hassan", 140, 200, "medaillon", ["synthetic-red", "synthetic-blue", "undyed-ivory", "synthetic-green"]],
  ["dar-zerbia-rabat", "yasmine", 120, 180, "trois-medaillons", ["madder", "indigo-pomegranate", "undyed-ivory", "walnut"]],
  ["dar-zerbia-rabat", "andalous", 200, 280, "trois-medaillons", ["madder", "indigo", "undyed-ivory", "saffron"], { fine: true, isNew: true }],
  ["dar-zerbia-rabat", "zellij", 90, 150, "bordures", ["indigo", "madder", "undyed-ivory"]],
  ["dar-zerbia-rabat", "nesrine", 160, 230, "medaillon", ["synthetic-red", "synthetic-yellow", "synthetic-blue", "undyed-ivory"]],
  ["bouregreg-sale", "zahra", 150, 220, "medaillon", ["madder", "indigo", "undyed-ivory", "saffron"]],
  ["bouregreg-sale", "nour", 120, 170, "bordures", ["synthetic-red", "synthetic-blue", "undyed-ivory"]],
  ["bouregreg-sale", "qasba", 180, 260, "trois-medaillons", ["cochineal", "indigo-pomegranate", "undyed-ivory", "saffron"], { fine: true }],
  ["bouregreg-sale", "rihana", 100, 150, "medaillon", ["madder", "indigo", "undyed-ivory"]],
]

/** Town rugs of Rabat and Salé, around a central medallion. */
export const rabatRugs: SeedProduct[] = buildCarpets(rabat, rows)
