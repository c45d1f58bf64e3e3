import type { SeedProduct } from "../types"
import { buildCarpets, knottedClosing, type CarpetFamily, type CarpetRow } from "./family"

type BeniMellalMotif = "treillis" | "asymetrie" | "colonnes" | "extremites"

const beniMellal: CarpetFamily<BeniMellalMotif> = {
  category: "tapis-beni-mellal",
  skuCode: "BML",
  technique: "hand-knotted-pile",
  materials: ["wool"],
  tags: ["tapis", "beni-mellal", "noue-main", "laine", "couleurs-vives"],
  noun: { fr: "Tapis de Béni Mellal", ar: "زربية بني ملال", en: "Beni Mellal rug" },
  kind: { fr: "Tapis noué main aux couleurs vives", ar: "زربية معقودة يدويا بألوان زاهية", en: "Hand-knotted rug in vivid colours" },
  intro: ({ called, place, area }) => ({
    fr: `Ce tapis a été noué à la main par les tisserandes de la ${called.fr}, à ${place.fr}, sur le piémont de l'Atlas qui domine la plaine du Tadla (${area.fr}).`,
    ar: `عقدت هذه الزربية يدويا نساجات ${called.ar} في ${place.ar}، على سفح الأطلس المطل على سهل تادلة (${area.ar}).`,
    en: `This rug was hand-knotted by the weavers of the ${called.en} in ${place.en}, in the Atlas foothills above the Tadla plain (${area.en}).`,
  }),
  fibre: {
    fr: "Laine de mouton filée à la main, au velours mi-long et souple",
    ar: "صوف غنم مغزول يدويا، بوبر متوسط الطول ولين",
    en: "Hand-spun sheep's wool with a soft, medium-length pile",
  },
  closing: knottedClosing,
  motifs: {
    treillis: {
      tag: "treillis",
      sentence: {
        fr: "Un treillis de losanges aux lignes libres, tracé en couleurs vives, couvre le champ uni.",
        ar: "تغطي الأرضية الموحدة شبكة من المعينات ذات الخطوط الحرة، مرسومة بألوان زاهية.",
        en: "A freely drawn lozenge trellis in vivid colours covers the plain field.",
      },
    },
    asymetrie: {
      tag: "asymetrie",
      sentence: {
        fr: "La composition, volontairement asymétrique, juxtapose des blocs de couleur et de petits signes tissés qui se lisent comme une écriture.",
        ar: "يجمع التكوين، غير المتناظر عمدا، بين كتل لونية وعلامات صغيرة منسوجة تقرأ كأنها كتابة.",
        en: "The deliberately asymmetrical layout sets blocks of colour beside small woven signs that read like script.",
      },
    },
    colonnes: {
      tag: "colonnes",
      sentence: {
        fr: "Deux colonnes de losanges pleins, séparées par un zigzag, descendent le long du champ.",
        ar: "ينزل على طول الأرضية عمودان من المعينات الممتلئة، يفصل بينهما خط متعرج.",
        en: "Two columns of solid lozenges, separated by a zigzag, run down the length of the field.",
      },
    },
    extremites: {
      tag: "extremites",
      sentence: {
        fr: "Le champ, presque monochrome, est bordé aux deux extrémités de bandes de motifs denses, à la manière des tapis de la plaine du Tadla.",
        ar: "الأرضية شبه أحادية اللون، تحدها عند الطرفين أشرطة من الزخارف الكثيفة، على طريقة زرابي سهل تادلة.",
        en: "The almost monochrome field is edged at both ends with bands of dense motifs, in the manner of Tadla plain rugs.",
      },
    },
  },
  knotsPerM2: { standard: 40_000, fine: 55_000 },
  pricing: { baseMad: 300, madPerM2: 1_700, fineFactor: 1.2 },
  gramsPerM2: 2_700,
}

const rows: CarpetRow<BeniMellalMotif>[] = [
  ["nour-tagzirt", "tizi", 170, 250, "treillis", ["synthetic-pink", "synthetic-orange", "synthetic-purple", "undyed-ivory"]],
  ["nour-tagzirt", "tamellalt", 150, 230, "extremites", ["undyed-ivory", "synthetic-pink", "synthetic-orange"]],
  ["nour-tagzirt", "ighrem", 200, 300, "colonnes", ["synthetic-purple", "synthetic-pink", "synthetic-yellow", "undyed-ivory"]],
  ["nour-tagzirt", "anzar", 120, 180, "asymetrie", ["synthetic-orange", "synthetic-purple", "synthetic-green"]],
  ["nour-tagzirt", "targa", 100, 160, "treillis", ["cochineal", "henna", "saffron", "undyed-ivory"]],
  ["nour-tagzirt", "azul", 160, 240, "asymetrie", ["synthetic-pink", "synthetic-turquoise", "undyed-ivory"], { isNew: true }],
  ["asif-foum-el-anceur", "aman", 170, 260, "colonnes", ["synthetic-orange", "synthetic-pink", "undyed-black"]],
  ["asif-foum-el-anceur", "tagant", 140, 200, "treillis", ["synthetic-green", "synthetic-pink", "synthetic-yellow"]],
  ["asif-foum-el-anceur", "ifri", 120, 190, "extremites", ["synthetic-purple", "synthetic-orange", "undyed-ivory"]],
  ["asif-foum-el-anceur", "tudert", 200, 290, "asymetrie", ["henna", "cochineal", "indigo", "undyed-ivory"], { fine: true }],
  ["asif-foum-el-anceur", "tilelli", 90, 150, "colonnes", ["synthetic-pink", "synthetic-yellow", "synthetic-blue"]],
]

/** Vivid pile rugs from the Beni Mellal foothills. */
export const beniMellalRugs: SeedProduct[] = buildCarpets(beniMellal, rows)
